import type { ModerationAction } from '@leidraad/contract';
import { useState } from 'react';
import { moderationApi } from '../../api/moderation.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { useLocation } from '../../lib/router.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { articlePath } from './format.js';

const ACTION: Record<ModerationAction['action'], MessageKey> = {
  hide: 'history.hide',
  restore: 'history.restore',
  appeal: 'history.appeal',
  'appeal-upheld': 'history.upheld',
  'appeal-granted': 'history.granted',
};

const STATUS: Record<'open' | 'upheld' | 'granted', MessageKey> = {
  open: 'history.statusOpen',
  upheld: 'history.statusUpheld',
  granted: 'history.statusGranted',
};

/**
 * A post's moderation history (`/moderation/history?post=ID`): who hid it, why and under
 * which article, the appeals and decisions. The author appeals from here.
 */
export default function History() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const postId = query.get('post') ?? '';
  const [reload, setReload] = useState(0);
  const history = useLoad(() => moderationApi.history(postId), `${postId}:${reload}`);

  return (
    <Page title={t('history.title')}>
      <LoadStatus state={history} />
      {history.status === 'ready' && (
        <>
          <section aria-labelledby="history_post">
            <h2 id="history_post">{t('history.post')}</h2>
            <p className="draft-text" data-testid="history-post">
              {history.value.post.text}
            </p>
            <p className="meta">
              {history.value.post.author.name} ·{' '}
              <span
                className={
                  history.value.post.visibility === 'hidden' ? 'badge warning' : 'badge info'
                }
                data-testid="history-visibility"
              >
                {t(
                  history.value.post.visibility === 'hidden'
                    ? 'moderation.hidden'
                    : 'moderation.visible',
                )}
              </span>
            </p>
          </section>
          <section aria-labelledby="history_actions">
            <h2 id="history_actions">{t('history.actions')}</h2>
            {history.value.actions.length === 0 ? (
              <p>{t('history.none')}</p>
            ) : (
              <ol className="stack" data-testid="history-actions">
                {history.value.actions.map((a) => (
                  <li key={a.id} data-testid="history-action">
                    <strong>{t(ACTION[a.action], { name: a.actor?.name ?? '—' })}</strong>{' '}
                    <span className="meta">{formatWhen(a.createdAt, lang)}</span>
                    {a.reason && (
                      <p>
                        {t('history.reason', { reason: a.reasonText ?? a.reason })}
                        {a.article && (
                          <>
                            {' '}
                            (
                            <Link to={articlePath(a.article)}>
                              {t('moderation.article', { article: a.article })}
                            </Link>
                            )
                          </>
                        )}
                      </p>
                    )}
                    {a.note && <p>{t('history.note', { note: a.note })}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
          {history.value.appeals.length > 0 && (
            <section aria-labelledby="history_appeals">
              <h2 id="history_appeals">{t('history.appeals')}</h2>
              <ul className="cards">
                {history.value.appeals.map((a) => (
                  <li key={a.id} className="card" data-testid="history-appeal">
                    <p className="meta">
                      {t('moderation.appealBy', {
                        name: a.author.name,
                        when: formatWhen(a.createdAt, lang),
                      })}{' '}
                      · {t(STATUS[a.status])}
                    </p>
                    <blockquote>{a.text}</blockquote>
                    {a.decisionNote && (
                      <p>
                        {t('history.decision', {
                          name: a.decidedBy?.name ?? '—',
                          note: a.decisionNote,
                        })}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {history.value.post.visibility === 'hidden' && (
            <section aria-labelledby="history_how">
              <h2 id="history_how">{t('history.howToAppeal')}</h2>
              <p>{history.value.appealHow}</p>
              {history.value.canAppeal && (
                <AppealForm postId={postId} onDone={() => setReload((n) => n + 1)} />
              )}
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function AppealForm({ postId, onDone }: { postId: string; onDone(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await moderationApi.appeal(postId, text);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="appeal-form">
      <div className="field">
        <label htmlFor="appeal_text">{t('history.appealText')}</label>
        <textarea
          id="appeal_text"
          value={text}
          required
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      <p>
        <button type="submit" disabled={busy || text.trim() === ''}>
          {t('history.appealSubmit')}
        </button>
      </p>
    </form>
  );
}
