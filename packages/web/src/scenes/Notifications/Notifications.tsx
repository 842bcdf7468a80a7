import type { Notification } from '@leidraad/contract';
import { useState } from 'react';
import { notificationsApi } from '../../api/notifications.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Translate } from '../../i18n/translate.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { articlePath, historyPath } from '../Moderation/format.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What a notification says, per kind, in the UI's language. */
function describe(n: Notification, t: Translate): { title: string; lines: string[] } {
  const d = n.data;
  switch (n.kind) {
    case 'moderation-hidden':
      return {
        title: t('notifications.hidden'),
        lines: [
          t('notifications.reason', { reason: str(d.reasonText) || str(d.reason) }),
          ...(d.note ? [t('history.note', { note: str(d.note) })] : []),
          ...(d.appeal ? [t('notifications.appealHow', { how: str(d.appeal) })] : []),
        ],
      };
    case 'moderation-appeal':
      return {
        title: t('notifications.appeal', { name: str(d.author) }),
        lines: [str(d.text)],
      };
    case 'moderation-decided':
      return {
        title: t(d.decision === 'grant' ? 'notifications.granted' : 'notifications.upheld'),
        lines: d.note ? [t('history.note', { note: str(d.note) })] : [],
      };
    case 'moderation-restored':
      return {
        title: t('notifications.restored'),
        lines: d.note ? [t('history.note', { note: str(d.note) })] : [],
      };
    case 'review':
      return {
        title: t(
          d.decision === 'approve'
            ? 'notifications.reviewApproved'
            : d.decision === 'reject'
              ? 'notifications.reviewRejected'
              : 'notifications.reviewChanges',
          { reviewer: str(d.reviewer) || '—' },
        ),
        lines: d.comment ? [t('notifications.comment', { comment: str(d.comment) })] : [],
      };
    default:
      return { title: t('notifications.other', { kind: n.kind }), lines: [] };
  }
}

/** The signed-in user's notifications, newest first; each links to the post's history. */
export default function Notifications() {
  const { t, lang } = useI18n();
  const [reload, setReload] = useState(0);
  const list = useLoad(() => notificationsApi.list(), reload);
  const [error, setError] = useState<Error>();
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      setReload((n) => n + 1);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <Page title={t('notifications.title')}>
      <ErrorMessage error={error} />
      <LoadStatus state={list} />
      {list.status === 'ready' && (
        <>
          <p className="lead" data-testid="notifications-unread">
            {t('notifications.unread', { count: list.value.unread })}
          </p>
          {list.value.unread > 0 && (
            <p>
              <button type="button" onClick={() => void act(() => notificationsApi.readAll())}>
                {t('notifications.readAll')}
              </button>
            </p>
          )}
          {list.value.notifications.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="cards" data-testid="notifications">
              {list.value.notifications.map((n) => {
                const { title, lines } = describe(n, t);
                const article = n.kind === 'moderation-hidden' ? str(n.data.article) : '';
                return (
                  <li
                    key={n.id}
                    className="card"
                    data-testid="notification"
                    data-kind={n.kind}
                    data-read={n.readAt ? 'true' : 'false'}
                  >
                    <h2>
                      {n.readAt ? null : (
                        <span className="badge info">{t('notifications.new')}</span>
                      )}{' '}
                      {title}
                    </h2>
                    <p className="meta">{formatWhen(n.createdAt, lang)}</p>
                    {lines.map((line) => (
                      <p key={line}>{line}</p>
                    ))}
                    <p className="actions">
                      {article && (
                        <>
                          <Link to={articlePath(article)}>
                            {t('moderation.article', { article })}
                          </Link>{' '}
                        </>
                      )}
                      {n.postId && n.kind !== 'review' && (
                        <>
                          <Link to={historyPath(n.postId)}>{t('moderation.history')}</Link>{' '}
                        </>
                      )}
                      {!n.readAt && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void act(() => notificationsApi.read(n.id))}
                        >
                          {t('notifications.markRead')}
                          <span className="sr-only">: {title}</span>
                        </button>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
