import type { Db } from '../db/database.js';
import { isoNow } from '../time.js';

/** Records that the user has read the version (again is a no-op). */
export async function acknowledgeGuideline(db: Db, version: number, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('acknowledgements')
      .values({ version, user_id: userId, acknowledged_at: isoNow() })
      .onConflict((oc) => oc.columns(['version', 'user_id']).doNothing())
      .execute();
  });
}
