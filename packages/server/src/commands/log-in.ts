import type { Db } from '../db/database.js';
import { ApiError, unauthorized } from '../errors.js';
import { findUserByEmail, type UserRow } from '../queries/users.js';
import type { Passwords } from '../security/passwords.js';
import { newId } from '../security/tokens.js';
import { isoNow, MINUTE } from '../time.js';
import { createSession, type NewSession } from './create-session.js';
import { type AuditMeta, recordEvent } from './record-event.js';

export const LOGIN_WINDOW_MS = 15 * MINUTE;
export const MAX_FAILED_LOGINS = 5;

type LogIn = { email: string; password: string; ip: string };

/**
 * Password login, limited to 5 failures per e-mail address and IP address per 15 minutes
 * (counted in the database, so every server instance agrees).
 */
export async function logIn(
  db: Db,
  passwords: Passwords,
  { email, password, ip }: LogIn,
  meta: AuditMeta = {},
): Promise<{ user: UserRow; session: NewSession }> {
  const now = Date.now();
  const since = new Date(now - LOGIN_WINDOW_MS).toISOString();
  const failures = await db
    .selectFrom('login_attempts')
    .select('attempted_at')
    .where('email', '=', email)
    .where('ip', '=', ip)
    .where('attempted_at', '>', since)
    .orderBy('attempted_at')
    .execute();
  if (failures.length >= MAX_FAILED_LOGINS) {
    const oldest = Date.parse(failures[failures.length - MAX_FAILED_LOGINS]?.attempted_at ?? '');
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new ApiError(
      'rate_limited',
      `Te veel pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
      { retryAfterSeconds },
    );
  }
  const user = await findUserByEmail(db, email);
  const ok = await passwords.verify(user?.password_hash ?? null, password);
  if (!user || !ok) {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('login_attempts')
        .values({ id: newId(), email, ip, attempted_at: isoNow() })
        .execute();
      await trx.deleteFrom('login_attempts').where('attempted_at', '<=', since).execute();
    });
    throw unauthorized('Unknown e-mail address or wrong password.');
  }
  const session = await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('login_attempts')
      .where('email', '=', email)
      .where('ip', '=', ip)
      .execute();
    const session = await createSession(trx, user.id);
    await recordEvent(trx, {
      action: 'sign-in',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
      after: { method: 'password', ip, expiresAt: session.expiresAt },
      requestId: meta.requestId,
    });
    return session;
  });
  return { user, session };
}
