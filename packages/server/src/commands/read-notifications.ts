import type { Db } from '../db/database.js';
import type { NotificationsTable } from '../db/tables/moderation.js';
import { notFound } from '../errors.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Marks one of the user's own notifications read; another user's answers 404. */
export async function readNotification(
  db: Db,
  userId: string,
  id: string,
  meta: AuditMeta = {},
): Promise<NotificationsTable> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row) throw notFound('No such notification.');
    if (row.read_at !== null) return row;
    const readAt = isoNow();
    const updated = await trx
      .updateTable('notifications')
      .set({ read_at: readAt })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return row;
    await recordEvent(trx, {
      action: 'notification-read',
      actorId: userId,
      targetType: 'notification',
      targetId: id,
      after: { kind: row.kind, postId: row.post_id, readAt },
      requestId: meta.requestId,
    });
    return { ...row, read_at: readAt };
  });
}

/** Marks all of the user's unread notifications read; answers how many. */
export async function readAllNotifications(
  db: Db,
  userId: string,
  meta: AuditMeta = {},
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const readAt = isoNow();
    const updated = await trx
      .updateTable('notifications')
      .set({ read_at: readAt })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    const marked = Number(updated.numUpdatedRows);
    if (marked > 0) {
      await recordEvent(trx, {
        action: 'notification-read-all',
        actorId: userId,
        targetType: 'user',
        targetId: userId,
        after: { marked, readAt },
        requestId: meta.requestId,
      });
    }
    return marked;
  });
}
