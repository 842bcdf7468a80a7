import type { Db } from '../db/database.js';
import type { AppealsTable } from '../db/tables/moderation.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError, notFound } from '../errors.js';
import { findOpenAppeal, lockPost } from '../queries/moderation.js';
import { type AppAbility, postSubject } from '../security/abilities.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type Notified, notify } from './notify.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/**
 * The author appeals against hiding their post; the people with the final say (the
 * communications leads) are told. One open appeal per post at a time.
 */
export async function appealPost(
  db: Db,
  postId: string,
  who: { userId: string; ability: AppAbility },
  text: string,
  meta: AuditMeta = {},
): Promise<{ appeal: AppealsTable; post: PostsTable; notified: Notified[] }> {
  return db.transaction().execute(async (trx) => {
    const post = await lockPost(trx, postId);
    // Only the author appeals; anyone else is told the post does not exist.
    if (!post || !who.ability.can('appeal', postSubject(post))) throw notFound('No such post.');
    if (post.visibility !== 'hidden') {
      throw new ApiError('conflict', 'This post is not hidden; there is nothing to appeal.');
    }
    if (await findOpenAppeal(trx, postId)) {
      throw new ApiError('conflict', 'An appeal against hiding this post is already open.');
    }
    const now = isoNow();
    const appeal: AppealsTable = {
      id: newId(),
      post_id: postId,
      author_id: who.userId,
      text: text.trim(),
      status: 'open',
      decided_by: null,
      decision_note: null,
      created_at: now,
      decided_at: null,
    };
    await trx.insertInto('appeals').values(appeal).execute();
    await trx
      .insertInto('moderation_actions')
      .values({
        id: newId(),
        post_id: postId,
        actor_id: who.userId,
        action: 'appeal',
        reason: null,
        article: null,
        note: null,
        created_at: now,
      })
      .execute();
    await recordEvent(trx, {
      action: 'post-appeal',
      actorId: who.userId,
      targetType: 'post',
      targetId: postId,
      after: { appealId: appeal.id, status: 'open', textLength: appeal.text.length },
      requestId: meta.requestId,
    });
    const [author, leads] = await Promise.all([
      trx.selectFrom('users').select('name').where('id', '=', who.userId).executeTakeFirst(),
      trx
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'communications-lead')
        .where('id', '!=', who.userId)
        .execute(),
    ]);
    const notified = await notify(
      trx,
      leads.map((lead) => ({
        userId: lead.id,
        kind: 'moderation-appeal',
        postId,
        data: { appealId: appeal.id, text: appeal.text, author: author?.name ?? '' },
      })),
    );
    return { appeal, post, notified };
  });
}
