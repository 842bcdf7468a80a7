import type { AcknowledgementsResponse } from '@leidraad/contract';
import type { Db } from '../../../db/database.js';
import { listUserRows, toUsers } from '../../../queries/users.js';

/** Who acknowledged the version (and when) and who has not yet. */
export async function acknowledgementsOf(
  db: Db,
  version: number,
): Promise<AcknowledgementsResponse> {
  const [rows, acks] = await Promise.all([
    listUserRows(db),
    db
      .selectFrom('acknowledgements')
      .select(['user_id', 'acknowledged_at'])
      .where('version', '=', version)
      .execute(),
  ]);
  const users = await toUsers(db, rows);
  const when = new Map(acks.map((a) => [a.user_id, a.acknowledged_at]));
  const acknowledged: AcknowledgementsResponse['acknowledged'] = [];
  const pending: AcknowledgementsResponse['pending'] = [];
  for (const user of users) {
    const at = when.get(user.id);
    if (at === undefined) pending.push(user);
    else acknowledged.push({ user, acknowledgedAt: at });
  }
  acknowledged.sort((a, b) => (a.acknowledgedAt < b.acknowledgedAt ? -1 : 1));
  return { version, acknowledged, pending };
}
