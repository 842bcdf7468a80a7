import type { Db } from '../db/database.js';

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
  });
}
