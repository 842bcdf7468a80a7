import type { PostKind } from '@leidraad/core';
import { type FormEvent, useState } from 'react';
import { type PostDetailResponse, postsApi } from '../../api/posts.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { PostKindField } from '../../components/PostKindField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLocation } from '../../lib/router.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { OverrideFields } from './OverrideFields.js';
import {
  excerpt,
  PostFindings,
  PostMeta,
  PostSteps,
  ReviewHistory,
  StatusBadge,
} from './PostParts.js';

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** My posts (`/posts`) or one post (`/posts?id=…`). */
export default function Posts() {
  const { query } = useLocation();
  const id = query.get('id');
  return id ? <PostPage id={id} /> : <PostList />;
}

function PostList() {
  const { t } = useI18n();
  const posts = useLoad(() => postsApi.list());
  return (
    <Page title={t('posts.title')}>
      <p>{t('posts.intro')}</p>
      <p>
        <Link to="/composer" className="button">
          {t('posts.write')}
        </Link>
      </p>
      <LoadStatus state={posts} />
      {posts.status === 'ready' &&
        (posts.value.posts.length === 0 ? (
          <p data-testid="posts-empty">{t('posts.empty')}</p>
        ) : (
          <ul className="cards" data-testid="posts">
            {posts.value.posts.map((p) => (
              <li key={p.id} className="card" data-testid="post-item">
                <p>
                  <StatusBadge status={p.status} />
                </p>
                <p className="draft-text">{excerpt(p.text)}</p>
                <PostMeta post={p} />
                <p className="actions">
                  <Link to={`/posts?id=${encodeURIComponent(p.id)}`}>
                    {t('posts.open')}
                    <span className="sr-only">: {excerpt(p.text, 30)}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        ))}
    </Page>
  );
}

function PostPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(() => postsApi.get(id), `${id}:${reload}`);
  const [fresh, setFresh] = useState<PostDetailResponse>();
  const detail =
    fresh && fresh.post.id === id ? fresh : loaded.status === 'ready' ? loaded.value : undefined;
  return (
    <Page title={t('posts.postTitle')}>
      <p>
        <Link to="/posts">{t('posts.back')}</Link>
      </p>
      {!detail && <LoadStatus state={loaded} />}
      {detail && (
        <PostView
          detail={detail}
          onChange={(next) => {
            setFresh(next);
            setReload((n) => n + 1);
          }}
        />
      )}
    </Page>
  );
}

function PostView({
  detail,
  onChange,
}: {
  detail: PostDetailResponse;
  onChange: (next: PostDetailResponse) => void;
}) {
  const { t, lang } = useI18n();
  const { post, reviews, can } = detail;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<Error>();

  const run = async (action: () => Promise<PostDetailResponse>) => {
    setError(undefined);
    try {
      onChange(await action());
      return true;
    } catch (e) {
      setError(asError(e));
      return false;
    }
  };

  const withdraw = async () => {
    if (!window.confirm(t('posts.confirmWithdraw'))) return;
    await run(() => postsApi.withdraw(post.id));
  };

  return (
    <div data-testid="post-detail" data-status={post.status} data-revision={post.revision}>
      <p>
        {t('posts.status')}: <StatusBadge status={post.status} />
        {post.visibility === 'hidden' && <span className="meta"> · {t('posts.hidden')}</span>}
      </p>
      <PostMeta post={post} />
      {post.publishedUrl && (
        <p>
          {t('posts.publishedAt', { url: '' })}
          <a href={post.publishedUrl} rel="noreferrer">
            {post.publishedUrl}
          </a>
        </p>
      )}
      {post.scheduledAt && post.status === 'scheduled' && (
        <p>{t('posts.scheduledFor', { when: formatWhen(post.scheduledAt, lang) })}</p>
      )}
      <section aria-labelledby="post_text_title">
        <h2 id="post_text_title">{t('posts.text')}</h2>
        {editing ? (
          <EditForm
            detail={detail}
            onCancel={() => setEditing(false)}
            onSave={async (input) => {
              if (await run(() => postsApi.update(post.id, input))) setEditing(false);
            }}
          />
        ) : (
          <p className="draft-text" data-testid="post-text">
            {post.text}
          </p>
        )}
      </section>
      <ErrorMessage error={error} />
      {!editing && (can.edit || can.withdraw) && (
        <p className="actions">
          {can.edit && (
            <button type="button" onClick={() => setEditing(true)} data-testid="edit-post">
              {t('posts.edit')}
            </button>
          )}
          {can.withdraw && (
            <button
              type="button"
              className="secondary"
              onClick={withdraw}
              data-testid="withdraw-post"
            >
              {t('posts.withdraw')}
            </button>
          )}
        </p>
      )}
      {can.publish && (
        <PublishForm onPublish={(input) => run(() => postsApi.publish(post.id, input))} />
      )}
      <PostFindings post={post} headingId="post_findings_title" />
      <PostSteps post={post} headingId="post_steps_title" />
      <ReviewHistory reviews={reviews} headingId="post_history_title" />
    </div>
  );
}

type EditInput = {
  text: string;
  as: PostKind;
  channel?: string;
  requestOverride?: boolean;
  note?: string;
};

function EditForm({
  detail,
  onCancel,
  onSave,
}: {
  detail: PostDetailResponse;
  onCancel: () => void;
  onSave: (input: EditInput) => Promise<void>;
}) {
  const { t } = useI18n();
  const { post } = detail;
  const [text, setText] = useState(post.text);
  const [as, setAs] = useState<PostKind>(post.as);
  const [override, setOverride] = useState(false);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave({
        text,
        as,
        ...(post.channel ? { channel: post.channel } : {}),
        ...(override ? { requestOverride: true, note } : {}),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} data-testid="edit-form">
      <p className="meta">{t('posts.editHint')}</p>
      <PostKindField name="edit_post_kind" value={as} onChange={setAs} />
      <div className="field">
        <label htmlFor="edit_post_text">{t('posts.editTitle')}</label>
        <textarea
          id="edit_post_text"
          value={text}
          rows={8}
          onChange={(e) => setText(e.target.value)}
          data-testid="edit-post-text"
        />
      </div>
      <OverrideFields override={override} setOverride={setOverride} note={note} setNote={setNote} />
      <p className="actions">
        <button type="submit" disabled={saving || text.trim() === ''} data-testid="resubmit-post">
          {t('posts.resubmit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('posts.cancel')}
        </button>
      </p>
    </form>
  );
}

function PublishForm({
  onPublish,
}: {
  onPublish: (input: { url: string } | { scheduledAt: string }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [at, setAt] = useState('');
  return (
    <section aria-labelledby="post_publish_title" className="panel">
      <h2 id="post_publish_title">{t('posts.publishTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onPublish({ url: url.trim() });
        }}
      >
        <div className="field">
          <label htmlFor="post_publish_url">{t('posts.publishUrl')}</label>
          <input
            id="post_publish_url"
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <button type="submit" data-testid="mark-published">
          {t('posts.markPublished')}
        </button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const d = new Date(at);
          if (!Number.isNaN(d.getTime())) void onPublish({ scheduledAt: d.toISOString() });
        }}
      >
        <div className="field">
          <label htmlFor="post_schedule_at">{t('posts.scheduledAt')}</label>
          <input
            id="post_schedule_at"
            type="datetime-local"
            required
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        </div>
        <button type="submit" className="secondary" data-testid="schedule-post">
          {t('posts.schedule')}
        </button>
      </form>
    </section>
  );
}
