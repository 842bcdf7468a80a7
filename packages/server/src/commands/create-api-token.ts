import type { Db } from '../db/database.js';
import { API_TOKEN_PREFIX, newId, newSecret, sha256 } from '../security/tokens.js';
import { isoNow } from '../time.js';

export type NewApiToken = { id: string; token: string };

/** Creates an API token for a user; the token is returned once, only its SHA-256 is kept. */
export function createApiToken(db: Db, userId: string, name: string): Promise<NewApiToken> {
  return db.transaction().execute((trx) => insertApiToken(trx, userId, name));
}

/** Runs in the caller's transaction. */
export async function insertApiToken(trx: Db, userId: string, name: string): Promise<NewApiToken> {
  const token = newSecret(API_TOKEN_PREFIX);
  const id = newId();
  await trx
    .insertInto('api_tokens')
    .values({
      id,
      name,
      user_id: userId,
      token_hash: sha256(token),
      created_at: isoNow(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}
