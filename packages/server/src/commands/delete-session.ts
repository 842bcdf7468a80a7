import type { Db } from '../db/database.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Signs out (ends the session); logged when there was a session to end. */
export async function deleteSession(
  db: Db,
  sessionId: string,
  meta: AuditMeta = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ended = await trx
      .deleteFrom('sessions')
      .where('id', '=', sessionId)
      .returning('user_id')
      .executeTakeFirst();
    if (!ended) return;
    await recordEvent(trx, {
      action: 'sign-out',
      actorId: ended.user_id,
      targetType: 'user',
      targetId: ended.user_id,
      requestId: meta.requestId,
    });
  });
}
