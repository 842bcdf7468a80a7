import type {
  Finding,
  PersonRef,
  Phase,
  Post,
  PostCan,
  PostReview,
  PostStep,
} from '@leidraad/contract';
import type { ApprovalStep, Person } from '@leidraad/core';
import type { Db } from '../db/database.js';
import type { PostReviewsTable, PostsTable } from '../db/tables/posts.js';
import type { Access } from '../plugins/app/access.js';
import { postSubject } from '../security/abilities.js';
import { userNames } from './users.js';

export type PostRow = PostsTable;

/**
 * Statuses in which nothing changes any more. A rejected post is not among them: its author
 * may rework it, which sends the new revision through the review again, or withdraw it.
 */
export const FINAL_STATUSES: ReadonlySet<PostsTable['status']> = new Set([
  'published',
  'withdrawn',
]);
/** Statuses from which the author may withdraw the post. */
export const WITHDRAWABLE: ReadonlySet<PostsTable['status']> = new Set([
  'in-review',
  'changes-requested',
  'rejected',
  'approved',
  'scheduled',
]);
/** Statuses from which the post can be published or scheduled. */
export const PUBLISHABLE: ReadonlySet<PostsTable['status']> = new Set(['approved', 'scheduled']);

export function stepsOf(row: Pick<PostsTable, 'steps_json'>): ApprovalStep[] {
  return JSON.parse(row.steps_json) as ApprovalStep[];
}

/**
 * Whether a person matches a review step: one of its roles, or membership of one of its
 * teams; a step that names neither is open to everyone who may review.
 */
export function matchesStep(step: ApprovalStep, person: Person): boolean {
  if (step.roles.length === 0 && step.teams.length === 0) return true;
  return step.roles.includes(person.role) || step.teams.some((t) => person.teams.includes(t));
}

/** The step waiting for a decision, if the post is in review. */
export function currentStep(row: PostsTable): ApprovalStep | undefined {
  if (row.status !== 'in-review') return undefined;
  return stepsOf(row)[row.step];
}

/** Whether the caller may decide the post's current step now. */
export function mayDecide(access: Access, row: PostsTable): boolean {
  const step = currentStep(row);
  return (
    step !== undefined &&
    access.ability.can('review', postSubject(row)) &&
    matchesStep(step, access.person)
  );
}

/** What the caller may do with the post now (the web app only reads this). */
export function canOf(access: Access, row: PostsTable): PostCan {
  const subject = postSubject(row);
  const own = row.author_id === access.user.id;
  const review = mayDecide(access, row);
  return {
    edit:
      own &&
      !FINAL_STATUSES.has(row.status) &&
      access.ability.can('update', subject) &&
      access.ability.can('submit', subject),
    withdraw: own && WITHDRAWABLE.has(row.status) && access.ability.can('withdraw', subject),
    review,
    publish: PUBLISHABLE.has(row.status) && (own || access.ability.can('review', postSubject(row))),
    overrideNeedsReason: review && row.error_count > 0,
  };
}

export function findPost(db: Db, id: string): Promise<PostsTable | undefined> {
  return db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listOwnPosts(db: Db, authorId: string): Promise<PostsTable[]> {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('author_id', '=', authorId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Posts in review by others, oldest first; the caller filters on ability and step. */
export function listInReview(db: Db, exceptAuthorId: string): Promise<PostsTable[]> {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('status', '=', 'in-review')
    .where('author_id', '!=', exceptAuthorId)
    .orderBy('updated_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function listReviews(db: Db, postId: string): Promise<PostReviewsTable[]> {
  return db
    .selectFrom('post_reviews')
    .selectAll()
    .where('post_id', '=', postId)
    .orderBy('created_at', 'asc')
    .orderBy('revision', 'asc')
    .orderBy('step', 'asc')
    .execute();
}

function ref(names: Map<string, string>, id: string | null): PersonRef {
  return { id, name: id === null ? null : (names.get(id) ?? null) };
}

function stepStates(
  row: PostsTable,
  reviews: readonly PostReviewsTable[],
  names: Map<string, string>,
): PostStep[] {
  const done =
    row.status === 'approved' || row.status === 'scheduled' || row.status === 'published';
  return stepsOf(row).map((step, index) => {
    const decision = reviews.find((r) => r.revision === row.revision && r.step === index);
    const state: PostStep['state'] = decision
      ? decision.decision === 'approve'
        ? 'approved'
        : decision.decision === 'reject'
          ? 'rejected'
          : 'changes'
      : done
        ? 'approved'
        : row.status === 'in-review' && index === row.step
          ? 'current'
          : 'pending';
    return {
      id: step.id,
      name: step.name,
      roles: [...step.roles],
      teams: [...step.teams],
      state,
      decidedBy: decision ? ref(names, decision.reviewer_id) : null,
    };
  });
}

function toPostWith(
  row: PostsTable,
  reviews: readonly PostReviewsTable[],
  names: Map<string, string>,
): Post {
  return {
    id: row.id,
    author: ref(names, row.author_id),
    text: row.text,
    channel: row.channel,
    as: row.post_kind,
    media: JSON.parse(row.media_json) as Post['media'],
    revision: row.revision,
    status: row.status,
    step: row.step,
    steps: stepStates(row, reviews, names),
    guidelineVersion: row.guideline_version,
    phase: row.phase as Phase,
    findings: JSON.parse(row.findings_json) as Finding[],
    errorCount: row.error_count,
    overrideRequest: row.override_request ?? null,
    overrideReason: row.override_reason,
    overrideBy: row.override_by === null ? null : ref(names, row.override_by),
    publishedUrl: row.published_url,
    scheduledAt: row.scheduled_at,
    visibility: row.visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Posts as the API shows them (steps with their state for the current revision). */
export async function toPosts(db: Db, rows: readonly PostsTable[]): Promise<Post[]> {
  if (rows.length === 0) return [];
  const reviews = await db
    .selectFrom('post_reviews')
    .selectAll()
    .where(
      'post_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.author_id, r.override_by]).concat(reviews.map((r) => r.reviewer_id)),
  );
  return rows.map((row) =>
    toPostWith(
      row,
      reviews.filter((r) => r.post_id === row.id),
      names,
    ),
  );
}

/** One post with its whole review history and what the caller may do with it. */
export async function postDetail(
  db: Db,
  access: Access,
  row: PostsTable,
): Promise<{ post: Post; reviews: PostReview[]; can: PostCan }> {
  const reviews = await listReviews(db, row.id);
  const names = await userNames(db, [
    row.author_id,
    row.override_by,
    ...reviews.map((r) => r.reviewer_id),
  ]);
  const steps = stepsOf(row);
  return {
    post: toPostWith(row, reviews, names),
    reviews: reviews.map((r) => ({
      id: r.id,
      revision: r.revision,
      step: r.step,
      stepName: steps[r.step]?.name ?? null,
      decision: r.decision,
      comment: r.comment,
      overrideReason: r.override_reason,
      reviewer: ref(names, r.reviewer_id),
      createdAt: r.created_at,
    })),
    can: canOf(access, row),
  };
}
