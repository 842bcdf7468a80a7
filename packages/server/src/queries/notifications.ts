import type { Notification } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { NotificationsTable } from '../db/tables/moderation.js';

export function toNotification(row: NotificationsTable): Notification {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.data_json);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      data = parsed as Record<string, unknown>;
    }
  } catch {
    // A row that is not JSON still shows, without details.
  }
  return {
    id: row.id,
    kind: row.kind,
    postId: row.post_id,
    data,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** A user's own notifications, newest first. */
export function listOwnNotifications(
  db: Db,
  userId: string,
  limit: number,
): Promise<NotificationsTable[]> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
