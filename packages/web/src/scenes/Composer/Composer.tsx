import type { CheckResult, Finding, PostKind } from '@leidraad/core';
import { type FormEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { Draft, PublishedGuideline } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { PostKindField } from '../../components/PostKindField.js';
import { checkerFor, usePublished } from '../../guideline/published.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { channelLength } from '../../lib/length.js';
import { navigate, useLocation } from '../../lib/router.js';
import { applyFix } from '../../lib/segments.js';
import { SubmitForReview } from '../Posts/SubmitForReview.js';
import { FindingList } from './FindingList.js';
import { Highlighter } from './Highlighter.js';
import { SaveStatus } from './SaveStatus.js';

export function Composer() {
  const { t } = useI18n();
  const published = usePublished();
  return (
    <Page title={t('composer.title')} wide>
      <LoadStatus state={published} />
      {published.status === 'ready' && <ComposerForm published={published.value} />}
    </Page>
  );
}

type Saved = { at: Date; text: string; result: CheckResult };

function ComposerForm({ published }: { published: PublishedGuideline }) {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const draftParam = query.get('draft');
  const { checker, compileMs } = checkerFor(published);
  const channels = Object.keys(published.guideline.channels);

  const [text, setText] = useState('');
  const [channel, setChannel] = useState<string>(channels[0] ?? '');
  const [as, setAs] = useState<PostKind>('personal');
  const [draftId, setDraftId] = useState<Draft['id'] | null>(null);
  const [saved, setSaved] = useState<Saved>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  // Open the draft named in the address (?draft=ID), unless it is the one being edited.
  useEffect(() => {
    if (!draftParam || draftParam === draftId) return;
    let live = true;
    api.draft(draftParam).then(
      ({ draft }) => {
        if (!live) return;
        setText(draft.text);
        setChannel(draft.channel ?? '');
        setAs(draft.as);
        setDraftId(draft.id);
        setSaved(undefined);
      },
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [draftParam, draftId]);

  // The same check as the server, on every change; its time goes in data-check-ms.
  const { result, ms } = useMemo(() => {
    const t0 = performance.now();
    const r = checker.check({ text, as, ...(channel ? { channel } : {}) }, { lang });
    return { result: r, ms: performance.now() - t0 };
  }, [checker, text, channel, as, lang]);

  const length = channelLength(text, checker.channel(channel || undefined));

  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (sel && textarea.current) {
      textarea.current.focus();
      textarea.current.setSelectionRange(sel[0], sel[1]);
      pendingSelection.current = null;
    }
  });

  const syncScroll = () => {
    if (backdrop.current && textarea.current) {
      backdrop.current.scrollTop = textarea.current.scrollTop;
    }
  };

  const apply = (f: Finding) => {
    if (!f.fix) return;
    const caret = f.fix.start + f.fix.text.length;
    pendingSelection.current = [caret, caret];
    setText(applyFix(text, f.fix));
  };

  const show = (f: Finding) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(f.start, f.end);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    const input = { text, as, ...(channel ? { channel } : {}) };
    try {
      const res = draftId ? await api.updateDraft(draftId, input) : await api.createDraft(input);
      setDraftId(res.draft.id);
      setSaved({ at: new Date(), text, result: res.result });
      if (draftParam !== res.draft.id)
        navigate(`/composer?draft=${res.draft.id}`, { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSaving(false);
    }
  };

  const startNew = () => {
    setText('');
    setDraftId(null);
    setSaved(undefined);
    navigate('/composer');
  };

  const { errors, warnings, infos } = result.summary;
  return (
    <form
      className="composer"
      onSubmit={save}
      data-testid="composer"
      data-check-ms={ms.toFixed(3)}
      data-compile-ms={compileMs.toFixed(1)}
      data-guideline-version={published.version}
    >
      <div className="composer-options">
        <PostKindField name="post_kind" value={as} onChange={setAs} testIds />
        <div className="field">
          <label htmlFor="composer_channel">{t('composer.channel')}</label>
          <select
            id="composer_channel"
            value={channel}
            onChange={(e) => setChannel(e.target.value)}
            data-testid="channel-select"
          >
            {channels.map((id) => (
              <option key={id} value={id}>
                {checker.channel(id)?.name ?? id}
              </option>
            ))}
            <option value="">{t('composer.noChannel')}</option>
          </select>
        </div>
      </div>

      <div className="composer-main">
        <div className="field editor-field">
          <label htmlFor="composer_text">{t('composer.text')}</label>
          <div className="highlight">
            <Highlighter ref={backdrop} text={text} findings={result.findings} />
            <textarea
              id="composer_text"
              ref={textarea}
              value={text}
              rows={10}
              spellCheck
              lang={lang}
              onChange={(e) => setText(e.target.value)}
              onScroll={syncScroll}
              aria-describedby="composer_length composer_summary"
              data-testid="composer-textarea"
            />
          </div>
          <p
            id="composer_length"
            className={length.over ? 'counter over' : 'counter'}
            data-testid="length-counter"
            data-count={length.count}
          >
            {length.max === undefined
              ? t('composer.lengthNoMax', { count: length.count })
              : length.over
                ? t('composer.lengthOver', {
                    count: length.count,
                    max: length.max,
                    over: length.count - length.max,
                  })
                : t('composer.length', { count: length.count, max: length.max })}
          </p>
        </div>

        <section className="findings-panel" aria-labelledby="findings_title">
          <h2 id="findings_title">{t('composer.findings')}</h2>
          <p id="composer_summary" role="status" className="summary" data-testid="summary">
            {t('composer.summary', { errors, warnings, infos })}
          </p>
          <FindingList text={text} findings={result.findings} onApply={apply} onShow={show} />
        </section>
      </div>

      <div className="composer-actions">
        <button type="submit" disabled={saving || text.trim() === ''} data-testid="save-draft">
          {saving ? t('composer.saving') : t('composer.save')}
        </button>
        {draftId !== null && (
          <button type="button" className="secondary" onClick={startNew}>
            {t('composer.new')}
          </button>
        )}
        <ErrorMessage error={error} />
        {saved && <SaveStatus saved={saved} current={text} />}
        <SubmitForReview text={text} channel={channel} as={as} draftId={draftId} errors={errors} />
      </div>
    </form>
  );
}
