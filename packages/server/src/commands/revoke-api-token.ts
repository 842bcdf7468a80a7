import type { Db } from '../db/database.js';
import { notFound } from '../errors.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Revokes a token: requests with it answer 401 from now on. */
export async function revokeApiToken(db: Db, id: string, meta: AuditMeta = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const revokedAt = isoNow();
    const row = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: revokedAt })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning(['name', 'user_id'])
      .executeTakeFirst();
    if (!row) throw notFound('No such API token.');
    await recordEvent(trx, {
      action: 'token-revoke',
      actorId: meta.actorId ?? null,
      targetType: 'api-token',
      targetId: id,
      before: { name: row.name, userId: row.user_id, revokedAt: null },
      after: { name: row.name, userId: row.user_id, revokedAt },
      requestId: meta.requestId,
    });
  });
}
