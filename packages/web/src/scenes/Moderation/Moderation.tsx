import type { ModeratedPost, OpenAppealsResponse, PostVisibility } from '@leidraad/contract';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { moderationApi } from '../../api/moderation.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { useMe } from '../../session/SessionProvider.js';
import { articlePath, historyPath } from './format.js';

type Reason = { id: string; text: string; article?: string | undefined };

/**
 * The moderation queue: posts that are out, hidden ones with their appeals. Hiding needs a
 * reason from the guideline (which cites an article); restoring is one click. The final say
 * decides open appeals below.
 */
export default function Moderation() {
  const { t } = useI18n();
  const me = useMe();
  const [filter, setFilter] = useState<PostVisibility | ''>('');
  const [reload, setReload] = useState(0);
  const guideline = useLoad(() => api.guideline());
  const queue = useLoad(() => moderationApi.queue(filter || undefined), `${filter}:${reload}`);
  const decides = me.permissions.includes('appeals:decide');
  const appeals = useLoad(
    () => (decides ? moderationApi.appeals() : Promise.resolve({ appeals: [] })),
    reload,
  );
  const [hiding, setHiding] = useState<string>();
  const [message, setMessage] = useState<string>();
  const done = (text: string) => {
    setHiding(undefined);
    setMessage(text);
    setReload((n) => n + 1);
  };
  const reasons: Reason[] =
    guideline.status === 'ready' ? guideline.value.guideline.moderation.reasons : [];

  return (
    <Page title={t('moderation.title')} wide>
      <p className="lead">{t('moderation.intro')}</p>
      {message && (
        <p className="success" role="status" data-testid="moderation-message">
          {message}
        </p>
      )}
      {decides && (
        <section aria-labelledby="appeals_title">
          <h2 id="appeals_title">{t('moderation.appeals')}</h2>
          <LoadStatus state={appeals} />
          {appeals.status === 'ready' &&
            (appeals.value.appeals.length === 0 ? (
              <p data-testid="no-appeals">{t('moderation.noAppeals')}</p>
            ) : (
              <ul className="cards" data-testid="open-appeals">
                {appeals.value.appeals.map((a) => (
                  <AppealCard key={a.id} appeal={a} onDone={done} />
                ))}
              </ul>
            ))}
        </section>
      )}
      <section aria-labelledby="queue_title">
        <h2 id="queue_title">{t('moderation.queue')}</h2>
        <div className="field inline">
          <label htmlFor="moderation_filter">{t('moderation.filter')}</label>
          <select
            id="moderation_filter"
            value={filter}
            onChange={(e) => setFilter(e.target.value as PostVisibility | '')}
          >
            <option value="">{t('moderation.filterAll')}</option>
            <option value="visible">{t('moderation.filterVisible')}</option>
            <option value="hidden">{t('moderation.filterHidden')}</option>
          </select>
        </div>
        <LoadStatus state={queue} />
        {queue.status === 'ready' &&
          (queue.value.posts.length === 0 ? (
            <p data-testid="moderation-empty">{t('moderation.empty')}</p>
          ) : (
            <ul className="cards" data-testid="moderation-queue">
              {queue.value.posts.map((p) => (
                <PostCard
                  key={p.id}
                  post={p}
                  reasons={reasons}
                  open={hiding === p.id}
                  onOpen={() => {
                    setMessage(undefined);
                    setHiding(hiding === p.id ? undefined : p.id);
                  }}
                  onDone={done}
                />
              ))}
            </ul>
          ))}
      </section>
    </Page>
  );
}

function PostCard({
  post,
  reasons,
  open,
  onOpen,
  onDone,
}: {
  post: ModeratedPost;
  reasons: Reason[];
  open: boolean;
  onOpen(): void;
  onDone(message: string): void;
}) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await moderationApi.restore(post.id, '');
      onDone(t('moderation.restored'));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  const hidden = post.visibility === 'hidden';
  return (
    <li className="card" data-testid="moderation-post" data-post-id={post.id}>
      <p className="draft-text">{post.text}</p>
      <p className="meta">
        {post.author.name} · {post.channel ?? '—'} · {formatWhen(post.updatedAt, lang)} ·{' '}
        <span className={hidden ? 'badge warning' : 'badge info'}>
          {t(hidden ? 'moderation.hidden' : 'moderation.visible')}
        </span>
        {post.openAppeal && <> · {t('moderation.openAppeal')}</>}
      </p>
      <p className="actions">
        <Link to={historyPath(post.id)}>{t('moderation.history')}</Link>{' '}
        {hidden ? (
          <button type="button" onClick={() => void restore()} disabled={busy}>
            {t('moderation.restore')}
          </button>
        ) : (
          <button type="button" onClick={onOpen} aria-expanded={open}>
            {t('moderation.hide')}
          </button>
        )}
      </p>
      <ErrorMessage error={error} />
      {open && !hidden && <HideForm post={post} reasons={reasons} onDone={onDone} />}
    </li>
  );
}

function HideForm({
  post,
  reasons,
  onDone,
}: {
  post: ModeratedPost;
  reasons: Reason[];
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const chosen = reasons.find((r) => r.id === reason);
  const id = `hide_${post.id}`;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await moderationApi.hide(post.id, reason, note);
      onDone(t('moderation.hiddenDone'));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="panel stack"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}_title`}
      data-testid="hide-form"
    >
      <h3 id={`${id}_title`}>{t('moderation.hideTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}_reason`}>{t('moderation.reason')}</label>
        <select
          id={`${id}_reason`}
          value={reason}
          required
          onChange={(e) => setReason(e.target.value)}
        >
          <option value="">{t('moderation.chooseReason')}</option>
          {reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {r.article
                ? t('moderation.reasonOption', { text: r.text, article: r.article })
                : r.text}
            </option>
          ))}
        </select>
      </div>
      {chosen?.article && (
        <p className="hint" data-testid="hide-article">
          {t('moderation.cites')}{' '}
          <Link to={articlePath(chosen.article)}>
            {t('moderation.article', { article: chosen.article })}
          </Link>
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}_note`}>{t('moderation.note')}</label>
        <textarea id={`${id}_note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ErrorMessage error={error} />
      <p>
        <button type="submit" disabled={busy || reason === ''}>
          {t('moderation.hideConfirm')}
        </button>
      </p>
    </form>
  );
}

function AppealCard({
  appeal,
  onDone,
}: {
  appeal: OpenAppealsResponse['appeals'][number];
  onDone(message: string): void;
}) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const id = `appeal_${appeal.id}`;
  const decide = async (decision: 'grant' | 'uphold') => {
    setBusy(true);
    setError(undefined);
    try {
      await moderationApi.decide(appeal.id, decision, note);
      onDone(t(decision === 'grant' ? 'moderation.granted' : 'moderation.upheld'));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card" data-testid="open-appeal" data-appeal-id={appeal.id}>
      <p className="draft-text">{appeal.post.text}</p>
      <p className="meta">
        {t('moderation.appealBy', {
          name: appeal.author.name,
          when: formatWhen(appeal.createdAt, lang),
        })}
      </p>
      <blockquote>{appeal.text}</blockquote>
      <p>
        <Link to={historyPath(appeal.postId)}>{t('moderation.history')}</Link>
      </p>
      <div className="field">
        <label htmlFor={`${id}_note`}>{t('moderation.decisionNote')}</label>
        <textarea id={`${id}_note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ErrorMessage error={error} />
      <p className="actions">
        <button
          type="button"
          disabled={busy || note.trim() === ''}
          onClick={() => void decide('grant')}
        >
          {t('moderation.grant')}
        </button>{' '}
        <button
          type="button"
          disabled={busy || note.trim() === ''}
          onClick={() => void decide('uphold')}
        >
          {t('moderation.uphold')}
        </button>
      </p>
    </li>
  );
}
