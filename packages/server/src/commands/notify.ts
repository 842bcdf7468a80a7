import type { Db } from '../db/database.js';
import type { NotificationsTable } from '../db/tables/moderation.js';
import type { JsonValue } from '../security/audit-chain.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';

export type NewNotification = {
  userId: string;
  kind: string;
  postId: string | null;
  data: { [key: string]: JsonValue };
};

/** A notification written, with its recipient's address (for the e-mail after commit). */
export type Notified = { row: NotificationsTable; email: string; name: string };

/**
 * Writes in-app notifications inside the caller's transaction: the notification is the
 * record that the person was told, whether or not an e-mail gets through.
 */
export async function notify(trx: Db, items: readonly NewNotification[]): Promise<Notified[]> {
  if (items.length === 0) return [];
  const now = isoNow();
  const rows: NotificationsTable[] = items.map((n) => ({
    id: newId(),
    user_id: n.userId,
    kind: n.kind,
    post_id: n.postId,
    data_json: JSON.stringify(n.data),
    created_at: now,
    read_at: null,
  }));
  await trx.insertInto('notifications').values(rows).execute();
  const users = await trx
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('id', 'in', [...new Set(rows.map((r) => r.user_id))])
    .execute();
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((row) => {
    const user = byId.get(row.user_id);
    return { row, email: user?.email ?? '', name: user?.name ?? '' };
  });
}
