import { type FormEvent, useState } from 'react';
import { type Post, postsApi, type ReviewDecision } from '../../api/posts.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { POST_KIND_LABEL } from '../../lib/labels.js';
import { useLoad } from '../../lib/use-load.js';
import { excerpt, PostFindings, PostSteps } from '../Posts/PostParts.js';

const DECISIONS: [ReviewDecision, MessageKey][] = [
  ['approve', 'reviews.approve'],
  ['changes', 'reviews.changes'],
  ['reject', 'reviews.reject'],
];

/** The review queue: colleagues' posts waiting at a step the signed-in person may decide. */
export default function Reviews() {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const queue = useLoad(() => postsApi.queue(), reload);
  const [done, setDone] = useState(0);
  return (
    <Page title={t('reviews.title')}>
      <p>{t('reviews.intro')}</p>
      <p role="status">{done > 0 ? t('reviews.done') : ''}</p>
      <LoadStatus state={queue} />
      {queue.status === 'ready' &&
        (queue.value.posts.length === 0 ? (
          <p data-testid="reviews-empty">{t('reviews.empty')}</p>
        ) : (
          <ul className="cards" data-testid="reviews">
            {queue.value.posts.map((p) => (
              <ReviewCard
                key={`${p.id}:${p.revision}:${p.step}`}
                post={p}
                onDecided={() => {
                  setDone((n) => n + 1);
                  setReload((n) => n + 1);
                }}
              />
            ))}
          </ul>
        ))}
    </Page>
  );
}

function ReviewCard({ post, onDecided }: { post: Post; onDecided: () => void }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<ReviewDecision>('approve');
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error>();
  const base = `review_${post.id}`;
  const step = post.steps[post.step];
  const needsReason = decision === 'approve' && post.errorCount > 0;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    try {
      await postsApi.review(post.id, {
        revision: post.revision,
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(needsReason ? { overrideReason: reason.trim() } : {}),
      });
      onDecided();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSending(false);
    }
  };

  return (
    <li className="card" data-testid="review-card" aria-labelledby={`${base}_title`}>
      <h2 id={`${base}_title`}>{excerpt(post.text, 60)}</h2>
      <p className="meta">
        {t('reviews.by', {
          name: post.author.name ?? t('posts.unknownPerson'),
          kind: t(POST_KIND_LABEL[post.as]),
          channel: post.channel ?? t('posts.noChannel'),
          step: step?.name ?? '',
        })}
      </p>
      <p className="draft-text" data-testid="review-text">
        {post.text}
      </p>
      {post.errorCount > 0 && (
        <p className="error-note">{t('reviews.errors', { errors: post.errorCount })}</p>
      )}
      <details>
        <summary>{t('reviews.viewPost')}</summary>
        <PostFindings post={post} headingId={`${base}_findings`} />
        <PostSteps post={post} headingId={`${base}_steps`} />
        <p>
          <Link to={`/posts?id=${encodeURIComponent(post.id)}`}>{t('reviews.viewPost')}</Link>
        </p>
      </details>
      <form onSubmit={send} data-testid="review-form">
        <fieldset>
          <legend>{t('reviews.decision')}</legend>
          {DECISIONS.map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${base}_decision`}
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
                data-testid={`decision-${value}`}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${base}_comment`}>{t('reviews.comment')}</label>
          <textarea
            id={`${base}_comment`}
            value={comment}
            rows={3}
            required={decision !== 'approve'}
            aria-describedby={`${base}_comment_hint`}
            onChange={(e) => setComment(e.target.value)}
            data-testid="review-comment"
          />
          <p id={`${base}_comment_hint`} className="meta">
            {t('reviews.commentRequired')}
          </p>
        </div>
        {needsReason && (
          <div className="field">
            <label htmlFor={`${base}_reason`}>{t('reviews.overrideReason')}</label>
            <textarea
              id={`${base}_reason`}
              value={reason}
              rows={3}
              required
              minLength={10}
              onChange={(e) => setReason(e.target.value)}
              data-testid="override-reason-input"
            />
          </div>
        )}
        <button type="submit" disabled={sending} data-testid="send-review">
          {sending ? t('reviews.sending') : t('reviews.send')}
        </button>
        <ErrorMessage error={error} />
      </form>
    </li>
  );
}
