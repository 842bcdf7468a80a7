import type { PublishPostRequest } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError } from '../errors.js';
import { PUBLISHABLE } from '../queries/posts.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { postState } from './submit-post.js';

/**
 * Marks an approved post as published (with the link where it went out) or scheduled.
 * Leidraad does not post to the networks itself; this records what happened.
 */
export async function publishPost(
  db: Db,
  post: PostsTable,
  input: PublishPostRequest,
  meta: AuditMeta = {},
): Promise<PostsTable> {
  const fields =
    'url' in input
      ? { status: 'published' as const, published_url: input.url, updated_at: isoNow() }
      : {
          status: 'scheduled' as const,
          scheduled_at: new Date(input.scheduledAt).toISOString(),
          updated_at: isoNow(),
        };
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('posts')
      .set(fields)
      .where('id', '=', post.id)
      .where('revision', '=', post.revision)
      .where('status', 'in', [...PUBLISHABLE])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new ApiError('conflict', 'Only an approved post can be published or scheduled.');
    }
    const saved: PostsTable = { ...post, ...fields };
    await recordEvent(trx, {
      action: fields.status === 'published' ? 'post-publish' : 'post-schedule',
      actorId: meta.actorId ?? null,
      targetType: 'post',
      targetId: post.id,
      before: postState(post),
      after: {
        ...postState(saved),
        publishedUrl: saved.published_url,
        scheduledAt: saved.scheduled_at,
      },
      requestId: meta.requestId,
    });
    return saved;
  });
}
