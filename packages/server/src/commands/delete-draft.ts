import type { Db } from '../db/database.js';
import { notFound } from '../errors.js';
import { draftState } from './draft-state.js';
import { type AuditMeta, recordEvent } from './record-event.js';

export async function deleteDraft(
  db: Db,
  id: string,
  authorId: string,
  meta: AuditMeta = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('drafts')
      .where('id', '=', id)
      .where('author_id', '=', authorId)
      .returningAll()
      .executeTakeFirst();
    if (!deleted) throw notFound('No such draft.');
    await recordEvent(trx, {
      action: 'draft-delete',
      actorId: authorId,
      targetType: 'draft',
      targetId: id,
      before: draftState(deleted),
      requestId: meta.requestId,
    });
  });
}
