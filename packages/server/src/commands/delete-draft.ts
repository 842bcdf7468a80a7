import type { Db } from '../db/database.js';
import { notFound } from '../errors.js';

export async function deleteDraft(db: Db, id: string, authorId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('drafts')
      .where('id', '=', id)
      .where('author_id', '=', authorId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound('No such draft.');
  });
}
