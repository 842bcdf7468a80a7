import type { Db } from '../db/database.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError } from '../errors.js';
import { WITHDRAWABLE } from '../queries/posts.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { postState } from './submit-post.js';

/** The author takes the post back; a published, rejected or withdrawn post answers 409. */
export async function withdrawPost(
  db: Db,
  post: PostsTable,
  meta: AuditMeta = {},
): Promise<PostsTable> {
  return db.transaction().execute(async (trx) => {
    const fields = { status: 'withdrawn' as const, updated_at: isoNow() };
    const result = await trx
      .updateTable('posts')
      .set(fields)
      .where('id', '=', post.id)
      .where('status', 'in', [...WITHDRAWABLE])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new ApiError('conflict', `A ${post.status} post cannot be withdrawn.`);
    }
    const saved: PostsTable = { ...post, ...fields };
    await recordEvent(trx, {
      action: 'post-withdraw',
      actorId: meta.actorId ?? post.author_id,
      targetType: 'post',
      targetId: post.id,
      before: postState(post),
      after: postState(saved),
      requestId: meta.requestId,
    });
    return saved;
  });
}
