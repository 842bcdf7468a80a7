import type { Db } from '../db/database.js';
import type { OneTimePurpose } from '../db/tables/one-time-tokens.js';
import { newSecret, sha256 } from '../security/tokens.js';
import { DAY, isoIn } from '../time.js';

export const ONE_TIME_TTL_MS: Record<OneTimePurpose, number> = {
  'sign-in': DAY,
  invite: 7 * DAY,
};

/** A one-time sign-in token (first administrator, invites); runs in the caller's transaction. */
export async function createOneTimeToken(
  trx: Db,
  userId: string,
  purpose: OneTimePurpose,
): Promise<string> {
  const token = newSecret();
  await trx
    .insertInto('one_time_tokens')
    .values({
      sha256: sha256(token),
      user_id: userId,
      purpose,
      expires_at: isoIn(ONE_TIME_TTL_MS[purpose]),
      used_at: null,
    })
    .execute();
  return token;
}

/** The link that signs in with a one-time token (the token travels in the fragment). */
export function welcomeUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/welcome#token=${token}`;
}
