import type { ReviewDecision } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError } from '../errors.js';
import { stepsOf } from '../queries/posts.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { notify } from './notify.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { postState } from './submit-post.js';

export type Decision = {
  decision: ReviewDecision;
  comment: string | null;
  /** Set when approving a post with error findings. */
  overrideReason: string | null;
};

const ACTION: Record<ReviewDecision, string> = {
  approve: 'post-approve',
  reject: 'post-reject',
  changes: 'post-changes-request',
};

const conflict = () =>
  new ApiError(
    'conflict',
    'Someone else decided this step first, or the author changed the post: reload it.',
  );

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Records one reviewer's decision on the post's current step of the revision they read.
 * Exactly one decision per step and revision wins, also across processes: the conditional
 * UPDATE (which also takes the write lock first) matches only while the post still waits
 * at that step of that revision, and the unique index on post_reviews refuses a second
 * decision; the others get 409. Writes one audit event and notifies the author.
 */
export async function reviewPost(
  db: Db,
  post: PostsTable,
  revision: number,
  reviewer: { id: string; name: string },
  decision: Decision,
  meta: AuditMeta = {},
): Promise<PostsTable> {
  const steps = stepsOf(post);
  const last = post.step >= steps.length - 1;
  const now = isoNow();
  const next: Partial<PostsTable> & { updated_at: string } =
    decision.decision === 'approve'
      ? last
        ? { status: 'approved', step: steps.length, updated_at: now }
        : { step: post.step + 1, updated_at: now }
      : decision.decision === 'reject'
        ? { status: 'rejected', updated_at: now }
        : { status: 'changes-requested', updated_at: now };
  if (decision.overrideReason !== null) {
    next.override_reason = decision.overrideReason;
    next.override_by = reviewer.id;
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('posts')
        .set(next)
        .where('id', '=', post.id)
        .where('revision', '=', revision)
        .where('step', '=', post.step)
        .where('status', '=', 'in-review')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw conflict();
      await trx
        .insertInto('post_reviews')
        .values({
          id: newId(),
          post_id: post.id,
          revision,
          step: post.step,
          reviewer_id: reviewer.id,
          decision: decision.decision,
          comment: decision.comment,
          override_reason: decision.overrideReason,
          created_at: now,
        })
        .execute();
      const saved: PostsTable = { ...post, ...next };
      const step = steps[post.step];
      await recordEvent(trx, {
        action: decision.overrideReason !== null ? 'post-override' : ACTION[decision.decision],
        actorId: reviewer.id,
        targetType: 'post',
        targetId: post.id,
        before: postState(post),
        after: {
          ...postState(saved),
          decision: decision.decision,
          reviewedStep: step?.id ?? null,
          comment: decision.comment,
          ...(decision.overrideReason !== null
            ? { overrideReason: decision.overrideReason, errorCount: post.error_count }
            : {}),
        },
        requestId: meta.requestId,
      });
      await notify(trx, [
        {
          userId: post.author_id,
          kind: 'review',
          postId: post.id,
          data: {
            decision: decision.decision,
            comment: decision.comment,
            reviewer: reviewer.name,
            step: step?.name ?? null,
            revision,
            status: saved.status,
          },
        },
      ]);
      return saved;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict();
    throw e;
  }
}
