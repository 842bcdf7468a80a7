import type { Db } from '../db/database.js';
import { API_TOKEN_PREFIX, newId, newSecret, sha256 } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

export type NewApiToken = { id: string; token: string };

/** Creates an API token for a user; the token is returned once, only its SHA-256 is kept. */
export function createApiToken(
  db: Db,
  userId: string,
  name: string,
  meta: AuditMeta = {},
): Promise<NewApiToken> {
  return db.transaction().execute((trx) => insertApiToken(trx, userId, name, meta));
}

/** Runs in the caller's transaction. */
export async function insertApiToken(
  trx: Db,
  userId: string,
  name: string,
  meta: AuditMeta = {},
): Promise<NewApiToken> {
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
  await recordEvent(trx, {
    action: 'token-create',
    actorId: meta.actorId ?? null,
    targetType: 'api-token',
    targetId: id,
    after: { name, userId },
    requestId: meta.requestId,
  });
  return { id, token };
}
