import type { Db } from '../db/database.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Records that the user has read the version (again is a no-op, and logs nothing). */
export async function acknowledgeGuideline(
  db: Db,
  version: number,
  userId: string,
  meta: AuditMeta = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('acknowledgements')
      .values({ version, user_id: userId, acknowledged_at: isoNow() })
      .onConflict((oc) => oc.columns(['version', 'user_id']).doNothing())
      .returning('version')
      .executeTakeFirst();
    if (!inserted) return;
    await recordEvent(trx, {
      action: 'guideline-acknowledge',
      actorId: userId,
      targetType: 'guideline-version',
      targetId: String(version),
      after: { version, userId },
      requestId: meta.requestId,
    });
  });
}
