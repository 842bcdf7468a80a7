import type { Db } from '../db/database.js';
import { unauthorized } from '../errors.js';
import { findUserById, type UserRow } from '../queries/users.js';
import { sha256 } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { createSession, type NewSession } from './create-session.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Uses a one-time token (it can never be used again) and starts a session. */
export async function signInOneTime(
  db: Db,
  token: string,
  meta: AuditMeta = {},
): Promise<{ user: UserRow; session: NewSession }> {
  return db.transaction().execute(async (trx) => {
    const now = isoNow();
    const row = await trx
      .updateTable('one_time_tokens')
      .set({ used_at: now })
      .where('sha256', '=', sha256(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['user_id', 'purpose'])
      .executeTakeFirst();
    const user = row && (await findUserById(trx, row.user_id));
    if (!user) throw unauthorized('This sign-in link is invalid, expired or already used.');
    const session = await createSession(trx, user.id);
    await recordEvent(trx, {
      action: 'sign-in',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
      after: { method: 'one-time-token', purpose: row.purpose, expiresAt: session.expiresAt },
      requestId: meta.requestId,
    });
    return { user, session };
  });
}
