import type { Db } from '../db/database.js';
import { notFound } from '../errors.js';
import { isoNow } from '../time.js';

/** Revokes a token: requests with it answer 401 from now on. */
export async function revokeApiToken(db: Db, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: isoNow() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('No such API token.');
  });
}
