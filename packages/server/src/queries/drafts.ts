import type { Draft, Finding } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { DraftsTable } from '../db/tables/drafts.js';

export function toDraft(row: DraftsTable): Draft {
  return {
    id: row.id,
    text: row.text,
    channel: row.channel,
    as: row.post_kind,
    findings: JSON.parse(row.findings_json) as Finding[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The author's own draft; another user's draft is "not found". */
export function findOwnDraft(
  db: Db,
  id: string,
  authorId: string,
): Promise<DraftsTable | undefined> {
  return db
    .selectFrom('drafts')
    .selectAll()
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .executeTakeFirst();
}

export function listOwnDrafts(db: Db, authorId: string): Promise<DraftsTable[]> {
  return db
    .selectFrom('drafts')
    .selectAll()
    .where('author_id', '=', authorId)
    .orderBy('updated_at', 'desc')
    .execute();
}
