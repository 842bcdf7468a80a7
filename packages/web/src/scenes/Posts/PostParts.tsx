import type { Post, PostReview, PostStatus, PostStep } from '../../api/posts.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { POST_KIND_LABEL } from '../../lib/labels.js';
import { formatWhen } from '../../lib/when.js';

export const STATUS: Record<PostStatus, MessageKey> = {
  'in-review': 'posts.status.in-review',
  'changes-requested': 'posts.status.changes-requested',
  rejected: 'posts.status.rejected',
  approved: 'posts.status.approved',
  scheduled: 'posts.status.scheduled',
  published: 'posts.status.published',
  withdrawn: 'posts.status.withdrawn',
};

const STEP: Record<PostStep['state'], MessageKey> = {
  pending: 'posts.step.pending',
  current: 'posts.step.current',
  approved: 'posts.step.approved',
  rejected: 'posts.step.rejected',
  changes: 'posts.step.changes',
};

const DECISION: Record<PostReview['decision'], MessageKey> = {
  approve: 'posts.decision.approve',
  reject: 'posts.decision.reject',
  changes: 'posts.decision.changes',
};

export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function StatusBadge({ status }: { status: PostStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge post-status status-${status}`} data-testid="post-status">
      {t(STATUS[status])}
    </span>
  );
}

/** Kind, channel, revision and when it was last changed. */
export function PostMeta({ post }: { post: Post }) {
  const { t, lang } = useI18n();
  return (
    <p className="meta">
      {t('posts.meta', {
        kind: t(POST_KIND_LABEL[post.as]),
        channel: post.channel ?? t('posts.noChannel'),
        revision: post.revision,
        when: formatWhen(post.updatedAt, lang),
      })}
    </p>
  );
}

/** The findings the server stored with the post's current revision. */
export function PostFindings({ post, headingId }: { post: Post; headingId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('posts.findings')}</h2>
      <p className="meta">
        {t('posts.findingsSummary', { errors: post.errorCount, version: post.guidelineVersion })}
      </p>
      {post.findings.length === 0 ? (
        <p>{t('posts.noFindings')}</p>
      ) : (
        <ul className="post-findings" data-testid="post-findings">
          {post.findings.map((f) => (
            <li key={`${f.rule}-${f.start}-${f.end}-${f.messageId}`}>
              <span className={`badge sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
              {f.message}
              {f.end > f.start && <q className="meta"> {post.text.slice(f.start, f.end)}</q>}
            </li>
          ))}
        </ul>
      )}
      {post.overrideRequest && (
        <p data-testid="override-request">
          {t('posts.overrideRequest', { note: post.overrideRequest })}
        </p>
      )}
      {post.overrideReason && (
        <p data-testid="override-reason">
          {t('posts.overrideReason', {
            name: post.overrideBy?.name ?? t('posts.unknownPerson'),
            reason: post.overrideReason,
          })}
        </p>
      )}
    </section>
  );
}

/** The review steps with their state for the current revision. */
export function PostSteps({ post, headingId }: { post: Post; headingId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('posts.steps')}</h2>
      {post.steps.length === 0 ? (
        <p>{t('posts.noSteps')}</p>
      ) : (
        <ol className="post-steps" data-testid="post-steps">
          {post.steps.map((s) => {
            const who = [...s.roles, ...s.teams].join(', ');
            return (
              <li key={s.id} data-testid="post-step" data-state={s.state}>
                <strong>{s.name}</strong>: {t(STEP[s.state])}
                {s.decidedBy?.name ? ` ${t('posts.step.by', { name: s.decidedBy.name })}` : ''}
                <span className="meta">
                  {' '}
                  ({t('posts.step.who', { who: who || t('posts.step.anyone') })})
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Every decision on every revision, with the reviewers' comments. */
export function ReviewHistory({
  reviews,
  headingId,
}: {
  reviews: readonly PostReview[];
  headingId: string;
}) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('posts.history')}</h2>
      {reviews.length === 0 ? (
        <p>{t('posts.noHistory')}</p>
      ) : (
        <ol className="review-history" data-testid="review-history">
          {reviews.map((r) => (
            <li key={r.id} data-testid="review-item">
              <p>
                {t('posts.historyItem', {
                  decision: t(DECISION[r.decision]),
                  name: r.reviewer.name ?? t('posts.unknownPerson'),
                  step: r.stepName ?? String(r.step + 1),
                  revision: r.revision,
                  when: formatWhen(r.createdAt, lang),
                })}
              </p>
              {r.comment && <blockquote>{r.comment}</blockquote>}
              {r.overrideReason && (
                <p className="meta">
                  {t('posts.overrideReason', {
                    name: r.reviewer.name ?? t('posts.unknownPerson'),
                    reason: r.overrideReason,
                  })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
