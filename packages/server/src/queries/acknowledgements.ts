import type { Db } from '../db/database.js';

/** The version the user still has to acknowledge, or null. */
export async function pendingAcknowledgement(
  db: Db,
  userId: string,
  currentVersion: number | undefined,
): Promise<number | null> {
  if (currentVersion === undefined) return null;
  const ack = await db
    .selectFrom('acknowledgements')
    .select('version')
    .where('version', '=', currentVersion)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return ack ? null : currentVersion;
}
