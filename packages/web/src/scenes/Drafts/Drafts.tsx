import { summarise } from '@leidraad/core';
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { Draft } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { POST_KIND_LABEL } from '../../lib/labels.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';

/** The signed-in user's own drafts, newest first, with what the server's check found. */
export default function Drafts() {
  const { t, lang } = useI18n();
  const [reload, setReload] = useState(0);
  const drafts = useLoad(() => api.drafts(), reload);
  const [error, setError] = useState<Error>();

  const remove = async (draft: Draft) => {
    if (!window.confirm(t('drafts.confirmDelete'))) return;
    setError(undefined);
    try {
      await api.deleteDraft(draft.id);
      setReload((n) => n + 1);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <Page title={t('drafts.title')}>
      <p>
        <Link to="/composer" className="button">
          {t('drafts.new')}
        </Link>
      </p>
      <ErrorMessage error={error} />
      <LoadStatus state={drafts} />
      {drafts.status === 'ready' &&
        (drafts.value.drafts.length === 0 ? (
          <p>{t('drafts.empty')}</p>
        ) : (
          <ul className="cards" data-testid="drafts">
            {[...drafts.value.drafts]
              .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
              .map((d) => {
                const s = summarise(d.findings);
                return (
                  <li key={d.id} className="card" data-testid="draft">
                    <p className="draft-text">{excerpt(d.text) || t('drafts.emptyText')}</p>
                    <p className="meta">
                      {t(POST_KIND_LABEL[d.as])}
                      {d.channel ? ` · ${d.channel}` : ''} ·{' '}
                      {t('drafts.updated', { when: formatWhen(d.updatedAt, lang) })}
                    </p>
                    <p className="meta">
                      {t('composer.serverSummary', {
                        errors: s.errors,
                        warnings: s.warnings,
                        infos: s.infos,
                      })}
                    </p>
                    <p className="actions">
                      <Link to={`/composer?draft=${encodeURIComponent(d.id)}`}>
                        {t('drafts.open')}
                        <span className="sr-only">: {excerpt(d.text, 30)}</span>
                      </Link>
                      <button
                        type="button"
                        className="link-button danger"
                        onClick={() => remove(d)}
                      >
                        {t('drafts.delete')}
                        <span className="sr-only">: {excerpt(d.text, 30)}</span>
                      </button>
                    </p>
                  </li>
                );
              })}
          </ul>
        ))}
    </Page>
  );
}

function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
