import type { DecideAppealRequest } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { AppealsTable } from '../db/tables/moderation.js';
import type { PostsTable } from '../db/tables/posts.js';
import { ApiError, forbidden, notFound } from '../errors.js';
import { findAppeal, lockPost } from '../queries/moderation.js';
import { type AppAbility, postSubject } from '../security/abilities.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type Notified, notify } from './notify.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/**
 * The final say decides an open appeal: granted, the post is visible again; upheld, it stays
 * hidden. The author is told why. Two decisions at once: the first wins, the second gets 409.
 */
export async function decideAppeal(
  db: Db,
  appealId: string,
  who: { userId: string; ability: AppAbility },
  input: DecideAppealRequest,
  meta: AuditMeta = {},
): Promise<{ appeal: AppealsTable; post: PostsTable; notified: Notified[] }> {
  return db.transaction().execute(async (trx) => {
    const found = await findAppeal(trx, appealId);
    const post = found ? await lockPost(trx, found.post_id) : undefined;
    if (!found || !post || !who.ability.can('read', postSubject(post))) {
      throw notFound('No such appeal.');
    }
    if (!who.ability.can('decide-appeal', postSubject(post))) throw forbidden();
    const now = isoNow();
    const status = input.decision === 'grant' ? 'granted' : 'upheld';
    const note = input.note.trim();
    const updated = await trx
      .updateTable('appeals')
      .set({ status, decided_by: who.userId, decision_note: note, decided_at: now })
      .where('id', '=', appealId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new ApiError('conflict', `This appeal was decided already (${found.status}).`);
    }
    const visibility = input.decision === 'grant' ? 'visible' : post.visibility;
    if (visibility !== post.visibility) {
      await trx
        .updateTable('posts')
        .set({ visibility, updated_at: now })
        .where('id', '=', post.id)
        .execute();
    }
    await trx
      .insertInto('moderation_actions')
      .values({
        id: newId(),
        post_id: post.id,
        actor_id: who.userId,
        action: input.decision === 'grant' ? 'appeal-granted' : 'appeal-upheld',
        reason: null,
        article: null,
        note,
        created_at: now,
      })
      .execute();
    await recordEvent(trx, {
      action: 'appeal-decide',
      actorId: who.userId,
      targetType: 'appeal',
      targetId: appealId,
      before: { status: 'open', visibility: post.visibility },
      after: { status, visibility, postId: post.id, note },
      requestId: meta.requestId,
    });
    const notified = await notify(trx, [
      {
        userId: found.author_id,
        kind: 'moderation-decided',
        postId: post.id,
        data: { appealId, decision: input.decision, note },
      },
    ]);
    const appeal: AppealsTable = {
      ...found,
      status,
      decided_by: who.userId,
      decision_note: note,
      decided_at: now,
    };
    return {
      appeal,
      post: visibility === post.visibility ? post : { ...post, visibility, updated_at: now },
      notified,
    };
  });
}
