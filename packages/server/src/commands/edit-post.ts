import type { Db } from '../db/database.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError } from '../errors.js';
import type { PreparedPost } from '../routes/api/posts/prepare-post.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { postState, preparedColumns } from './submit-post.js';

/**
 * The author changes their post: it is checked again, its revision goes up and its review
 * starts over from the first step, also after approval (an edit resets the approval).
 * Fails with 409 once the post is published, withdrawn or rejected, or when it changed
 * since it was read.
 */
export async function editPost(
  db: Db,
  existing: PostsTable,
  prepared: PreparedPost,
  meta: AuditMeta = {},
): Promise<PostsTable> {
  return db.transaction().execute(async (trx) => {
    const fields = {
      ...preparedColumns(prepared),
      revision: existing.revision + 1,
      published_url: null,
      scheduled_at: null,
      updated_at: isoNow(),
    };
    const result = await trx
      .updateTable('posts')
      .set(fields)
      .where('id', '=', existing.id)
      .where('revision', '=', existing.revision)
      .where('status', 'not in', ['published', 'withdrawn'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new ApiError('conflict', 'The post changed meanwhile, or can no longer be edited.');
    }
    const saved: PostsTable = { ...existing, ...fields };
    await recordEvent(trx, {
      action: 'post-edit',
      actorId: meta.actorId ?? existing.author_id,
      targetType: 'post',
      targetId: existing.id,
      before: postState(existing),
      after: postState(saved),
      requestId: meta.requestId,
    });
    return saved;
  });
}
