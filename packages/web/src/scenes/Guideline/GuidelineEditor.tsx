import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { PublishedGuideline } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { fetchPublished } from '../../guideline/published.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';
import { useSession } from '../../session/SessionProvider.js';
import { type EditorProblem, validateGuideline } from './validate.js';
import { YamlEditor, type YamlEditorHandle } from './YamlEditor.js';

const DEBOUNCE_MS = 150;

/** Edit the guideline's YAML with validation as you type, and publish it as a new version. */
export default function GuidelineEditor() {
  const { t } = useI18n();
  const published = useLoad(() => fetchPublished(true));
  return (
    <Page title={t('guideline.title')} wide>
      <p>
        {t('guideline.intro')} <Link to="/guideline/versions">{t('guideline.toVersions')}</Link>
      </p>
      <LoadStatus state={published} />
      {published.status === 'ready' && <Editor published={published.value} />}
    </Page>
  );
}

function Editor({ published }: { published: PublishedGuideline }) {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [source, setSource] = useState(published.source);
  const [base, setBase] = useState({ version: published.version, source: published.source });
  const [problems, setProblems] = useState<EditorProblem[]>([]);
  const [validating, setValidating] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [publishedVersion, setPublishedVersion] = useState<number>();
  const editor = useRef<YamlEditorHandle>(null);

  useEffect(() => {
    setValidating(true);
    const timer = setTimeout(() => {
      setProblems(validateGuideline(source, lang));
      setValidating(false);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [source, lang]);

  const unchanged = source === base.source;

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setPublishedVersion(undefined);
    try {
      const { version } = await api.publish(source, note);
      setPublishedVersion(version);
      setBase({ version, source });
      setNote('');
      await fetchPublished(true);
      await refresh();
    } catch (e) {
      if (e instanceof ApiError && e.problems.length > 0) setProblems(e.problems);
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="guideline-editor">
      <p id="editor_label" className="label">
        {t('guideline.editorLabel', { version: base.version })}
      </p>
      <p id="editor_hint" className="hint">
        {t('guideline.editorHint')}
      </p>
      <YamlEditor
        ref={editor}
        initial={published.source}
        problems={problems}
        onChange={setSource}
        labelledBy="editor_label"
        describedBy="editor_hint editor_status"
      />
      <section aria-labelledby="problems_title" className="problems">
        <h2 id="problems_title">{t('guideline.problems')}</h2>
        <p id="editor_status" role="status" data-testid="validation-status">
          {validating
            ? t('guideline.validating')
            : problems.length === 0
              ? t('guideline.valid')
              : t('guideline.invalid', { count: problems.length })}
        </p>
        {problems.length > 0 && (
          <ul data-testid="problems">
            {problems.map((p) => (
              <li
                key={`${p.line}:${p.col}:${p.path}:${p.message}`}
                data-testid="problem"
                data-line={p.line}
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() => editor.current?.goto(p.line, p.col)}
                >
                  {t('guideline.at', { line: p.line, col: p.col })}
                </button>{' '}
                {p.path && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form onSubmit={publish} className="stack publish">
        <h2>{t('guideline.publishTitle')}</h2>
        <div className="field">
          <label htmlFor="publish_note">{t('guideline.note')}</label>
          <input
            id="publish_note"
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby="publish_note_hint"
            data-testid="publish-note"
          />
          <p id="publish_note_hint" className="hint">
            {t('guideline.noteHint')}
          </p>
        </div>
        <ErrorMessage error={error} />
        {publishedVersion !== undefined && (
          <p role="status" className="success" data-testid="published">
            {t('guideline.published', { version: publishedVersion })}
          </p>
        )}
        <div>
          <button
            type="submit"
            disabled={busy || validating || problems.length > 0 || unchanged}
            data-testid="publish-button"
          >
            {busy ? t('guideline.publishing') : t('guideline.publish')}
          </button>
          {unchanged && <p className="hint">{t('guideline.unchanged')}</p>}
        </div>
      </form>
    </div>
  );
}
