import type { Db } from '../db/database.js';
import type { Passwords } from '../security/passwords.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Sets the user's password and ends their other sessions. */
export async function setPassword(
  db: Db,
  passwords: Passwords,
  userId: string,
  password: string,
  keepSessionId: string | undefined,
  meta: AuditMeta = {},
): Promise<void> {
  const passwordHash = await passwords.hash(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
    let others = trx.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepSessionId !== undefined) others = others.where('id', '!=', keepSessionId);
    const ended = await others.executeTakeFirst();
    await recordEvent(trx, {
      action: 'password-change',
      actorId: meta.actorId ?? userId,
      targetType: 'user',
      targetId: userId,
      after: { otherSessionsEnded: Number(ended.numDeletedRows) },
      requestId: meta.requestId,
    });
  });
}
