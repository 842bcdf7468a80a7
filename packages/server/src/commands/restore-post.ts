import type { Db } from '../db/database.js';
import type { ModerationActionsTable } from '../db/tables/moderation.js';
import { ApiError, forbidden, notFound } from '../errors.js';
import { lockPost } from '../queries/moderation.js';
import { postSubject } from '../security/abilities.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import type { ModerationOutcome, Moderator } from './hide-post.js';
import { notify } from './notify.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Makes a hidden post visible again in one step; an open appeal closes as granted. */
export async function restorePost(
  db: Db,
  postId: string,
  who: Moderator,
  input: { note?: string | undefined },
  meta: AuditMeta = {},
): Promise<ModerationOutcome> {
  return db.transaction().execute(async (trx) => {
    const post = await lockPost(trx, postId);
    if (!post || !who.ability.can('read', postSubject(post))) throw notFound('No such post.');
    if (!who.ability.can('restore', postSubject(post))) throw forbidden();
    const now = isoNow();
    const updated = await trx
      .updateTable('posts')
      .set({ visibility: 'visible', updated_at: now })
      .where('id', '=', postId)
      .where('visibility', '=', 'hidden')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new ApiError('conflict', 'This post is not hidden.');
    }
    const note = input.note?.trim() || null;
    const closed = await trx
      .updateTable('appeals')
      .set({ status: 'granted', decided_by: who.userId, decision_note: note, decided_at: now })
      .where('post_id', '=', postId)
      .where('status', '=', 'open')
      .returning('id')
      .executeTakeFirst();
    const action: ModerationActionsTable = {
      id: newId(),
      post_id: postId,
      actor_id: who.userId,
      action: 'restore',
      reason: null,
      article: null,
      note,
      created_at: now,
    };
    await trx.insertInto('moderation_actions').values(action).execute();
    await recordEvent(trx, {
      action: 'post-restore',
      actorId: who.userId,
      targetType: 'post',
      targetId: postId,
      before: { visibility: 'hidden' },
      after: { visibility: 'visible', note, appealGranted: closed?.id ?? null },
      requestId: meta.requestId,
    });
    const notified =
      post.author_id === who.userId
        ? []
        : await notify(trx, [
            {
              userId: post.author_id,
              kind: 'moderation-restored',
              postId,
              data: { note, appealId: closed?.id ?? null },
            },
          ]);
    return { post: { ...post, visibility: 'visible', updated_at: now }, action, notified };
  });
}
