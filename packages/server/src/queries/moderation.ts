import type {
  Appeal,
  ModeratedPost,
  ModerationAction,
  ModerationHistoryResponse,
  PostVisibility,
} from '@leidraad/contract';
import type { Guideline } from '@leidraad/core';
import { PostgresAdapter } from 'kysely';
import type { Db } from '../db/database.js';
import type { AppealsTable, ModerationActionsTable } from '../db/tables/moderation.js';
import type { PostStatus, PostsTable } from '../db/tables/posts.js';
import { userNames } from './users.js';

/** Posts that are out in the world (or about to be), so a moderator may hide them. */
export const MODERATABLE: readonly PostStatus[] = ['approved', 'scheduled', 'published'];

/**
 * Reads the post and locks its row until the transaction ends (PostgreSQL: FOR UPDATE;
 * SQLite serialises write transactions already), so two requests about the same post
 * decide one after the other.
 */
export async function lockPost(trx: Db, id: string): Promise<PostsTable | undefined> {
  const query = trx.selectFrom('posts').selectAll().where('id', '=', id);
  return trx.getExecutor().adapter instanceof PostgresAdapter
    ? query.forUpdate().executeTakeFirst()
    : query.executeTakeFirst();
}

export function findAppeal(db: Db, id: string): Promise<AppealsTable | undefined> {
  return db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOpenAppeal(db: Db, postId: string): Promise<AppealsTable | undefined> {
  return db
    .selectFrom('appeals')
    .selectAll()
    .where('post_id', '=', postId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

type Names = Map<string, string>;

function person(names: Names, id: string | null): { id: string; name: string } | null {
  if (id === null) return null;
  return { id, name: names.get(id) ?? '' };
}

export function toAppeal(row: AppealsTable, names: Names): Appeal {
  return {
    id: row.id,
    postId: row.post_id,
    author: person(names, row.author_id) ?? { id: row.author_id, name: '' },
    text: row.text,
    status: row.status,
    decidedBy: person(names, row.decided_by),
    decisionNote: row.decision_note,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export function toModeratedPost(
  row: PostsTable,
  names: Names,
  openAppeal: AppealsTable | undefined,
): ModeratedPost {
  return {
    id: row.id,
    author: person(names, row.author_id) ?? { id: row.author_id, name: '' },
    channel: row.channel,
    kind: row.post_kind,
    text: row.text,
    status: row.status,
    visibility: row.visibility,
    publishedUrl: row.published_url,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openAppeal: openAppeal ? toAppeal(openAppeal, names) : null,
  };
}

export function toModerationAction(
  row: ModerationActionsTable,
  names: Names,
  guideline: Guideline,
): ModerationAction {
  const reason = guideline.moderation.reasons.find((r) => r.id === row.reason);
  return {
    id: row.id,
    action: row.action,
    actor: person(names, row.actor_id),
    reason: row.reason,
    reasonText: reason?.text ?? null,
    article: row.article,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** Posts with their authors and open appeals, as the API shows them. */
export async function describePosts(db: Db, rows: readonly PostsTable[]): Promise<ModeratedPost[]> {
  if (rows.length === 0) return [];
  const appeals = await db
    .selectFrom('appeals')
    .selectAll()
    .where(
      'post_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('status', '=', 'open')
    .execute();
  const open = new Map(appeals.map((a) => [a.post_id, a]));
  const names = await userNames(db, [
    ...rows.map((r) => r.author_id),
    ...appeals.map((a) => a.author_id),
  ]);
  return rows.map((r) => toModeratedPost(r, names, open.get(r.id)));
}

export async function describePost(db: Db, row: PostsTable): Promise<ModeratedPost> {
  const [post] = await describePosts(db, [row]);
  if (!post) throw new Error('describePosts lost the post');
  return post;
}

/** The moderation queue: posts a moderator may act on, most recently changed first. */
export async function moderationQueue(
  db: Db,
  visibility: PostVisibility | undefined,
  limit = 500,
): Promise<ModeratedPost[]> {
  let query = db
    .selectFrom('posts')
    .selectAll()
    .where('status', 'in', [...MODERATABLE])
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(limit);
  if (visibility !== undefined) query = query.where('visibility', '=', visibility);
  return describePosts(db, await query.execute());
}

/** Open appeals, oldest first (first come, first decided), each with its post. */
export async function openAppeals(db: Db) {
  const appeals = await db
    .selectFrom('appeals')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (appeals.length === 0) return [];
  const posts = await db
    .selectFrom('posts')
    .selectAll()
    .where(
      'id',
      'in',
      appeals.map((a) => a.post_id),
    )
    .execute();
  const described = new Map((await describePosts(db, posts)).map((p) => [p.id, p]));
  const names = await userNames(
    db,
    appeals.map((a) => a.author_id),
  );
  return appeals.flatMap((a) => {
    const post = described.get(a.post_id);
    return post ? [{ ...toAppeal(a, names), post }] : [];
  });
}

/** Every moderation action and appeal of a post, oldest first. */
export async function moderationHistory(
  db: Db,
  post: PostsTable,
  guideline: Guideline,
  canAppeal: (open: AppealsTable | undefined) => boolean,
): Promise<ModerationHistoryResponse> {
  const [actions, appeals] = await Promise.all([
    db
      .selectFrom('moderation_actions')
      .selectAll()
      .where('post_id', '=', post.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('appeals')
      .selectAll()
      .where('post_id', '=', post.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  const names = await userNames(db, [
    post.author_id,
    ...actions.map((a) => a.actor_id),
    ...appeals.flatMap((a) => [a.author_id, a.decided_by]),
  ]);
  const open = appeals.find((a) => a.status === 'open');
  return {
    post: toModeratedPost(post, names, open),
    actions: actions.map((a) => toModerationAction(a, names, guideline)),
    appeals: appeals.map((a) => toAppeal(a, names)),
    appealHow: guideline.moderation.appeal,
    canAppeal: canAppeal(open),
  };
}
