import type { HidePostRequest } from '@leidraad/contract';
import type { Guideline } from '@leidraad/core';
import type { Db } from '../db/database.js';
import type { ModerationActionsTable } from '../db/tables/moderation.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError, badRequest, forbidden, notFound } from '../errors.js';
import { lockPost, MODERATABLE } from '../queries/moderation.js';
import { type AppAbility, postSubject } from '../security/abilities.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type Notified, notify } from './notify.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Who acts on a post, as the request's access computed it. */
export type Moderator = { userId: string; ability: AppAbility; guideline: Guideline };

export type ModerationOutcome = {
  post: PostsTable;
  action: ModerationActionsTable;
  notified: Notified[];
};

/**
 * Hides a post (never deletes it) for a reason from the guideline's house rules, which cites
 * an article; the author is told why and how to appeal.
 */
export async function hidePost(
  db: Db,
  postId: string,
  who: Moderator,
  input: HidePostRequest,
  meta: AuditMeta = {},
): Promise<ModerationOutcome> {
  const { moderation } = who.guideline;
  return db.transaction().execute(async (trx) => {
    const post = await lockPost(trx, postId);
    if (!post || !who.ability.can('read', postSubject(post))) throw notFound('No such post.');
    if (!who.ability.can('hide', postSubject(post))) throw forbidden();
    const reason = moderation.reasons.find((r) => r.id === input.reason);
    if (!reason) {
      throw badRequest(
        `reason: "${input.reason}" is not a reason in the guideline; use one of ${moderation.reasons.map((r) => r.id).join(', ')}.`,
        'reason',
      );
    }
    if (!MODERATABLE.includes(post.status)) {
      throw new ApiError(
        'conflict',
        `This post is ${post.status}; only posts that are out can be hidden.`,
      );
    }
    const now = isoNow();
    const updated = await trx
      .updateTable('posts')
      .set({ visibility: 'hidden', updated_at: now })
      .where('id', '=', postId)
      .where('visibility', '=', 'visible')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new ApiError('conflict', 'This post is hidden already.');
    }
    const note = input.note?.trim() || null;
    const action: ModerationActionsTable = {
      id: newId(),
      post_id: postId,
      actor_id: who.userId,
      action: 'hide',
      reason: reason.id,
      article: reason.article ?? null,
      note,
      created_at: now,
    };
    await trx.insertInto('moderation_actions').values(action).execute();
    await recordEvent(trx, {
      action: 'post-hide',
      actorId: who.userId,
      targetType: 'post',
      targetId: postId,
      before: { visibility: post.visibility },
      after: { visibility: 'hidden', reason: reason.id, article: action.article, note },
      requestId: meta.requestId,
    });
    const notified =
      moderation.notifyAuthor && post.author_id !== who.userId
        ? await notify(trx, [
            {
              userId: post.author_id,
              kind: 'moderation-hidden',
              postId,
              data: {
                reason: reason.id,
                reasonText: reason.text,
                article: action.article,
                note,
                appeal: moderation.appeal,
                language: who.guideline.language,
              },
            },
          ])
        : [];
    return { post: { ...post, visibility: 'hidden', updated_at: now }, action, notified };
  });
}
