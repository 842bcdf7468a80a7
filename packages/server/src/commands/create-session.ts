import type { Db } from '../db/database.js';
import { newSecret, sha256 } from '../security/tokens.js';
import { HOUR, isoIn, isoNow } from '../time.js';

export const SESSION_TTL_MS = 12 * HOUR;

export type NewSession = { token: string; csrfToken: string; expiresAt: string };

/** Starts a session: only the cookie token's SHA-256 is stored. Runs inside the caller's transaction. */
export async function createSession(trx: Db, userId: string): Promise<NewSession> {
  const token = newSecret();
  const csrfToken = newSecret();
  const now = isoNow();
  const expiresAt = isoIn(SESSION_TTL_MS);
  await trx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('expires_at', '<=', now)
    .execute();
  await trx
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      created_at: now,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}
