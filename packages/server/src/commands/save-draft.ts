import type { CheckResponse, DraftRequest } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { DraftsTable } from '../db/tables/drafts.js';
import { notFound } from '../errors.js';
import { findOwnDraft } from '../queries/drafts.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { draftState } from './draft-state.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/** Creates a draft (id undefined) or replaces the author's own draft, with the server's findings. */
export async function saveDraft(
  db: Db,
  authorId: string,
  id: string | undefined,
  input: DraftRequest,
  result: CheckResponse,
  meta: AuditMeta = {},
): Promise<DraftsTable> {
  return db.transaction().execute(async (trx) => {
    const now = isoNow();
    const fields = {
      text: input.text,
      channel: input.channel ?? null,
      post_kind: input.as,
      findings_json: JSON.stringify(result.findings),
      updated_at: now,
    };
    if (id === undefined) {
      const row: DraftsTable = { id: newId(), author_id: authorId, created_at: now, ...fields };
      await trx.insertInto('drafts').values(row).execute();
      await recordEvent(trx, {
        action: 'draft-save',
        actorId: authorId,
        targetType: 'draft',
        targetId: row.id,
        after: draftState(row),
        requestId: meta.requestId,
      });
      return row;
    }
    const existing = await findOwnDraft(trx, id, authorId);
    if (!existing) throw notFound('No such draft.');
    await trx.updateTable('drafts').set(fields).where('id', '=', id).execute();
    const saved = { ...existing, ...fields };
    await recordEvent(trx, {
      action: 'draft-save',
      actorId: authorId,
      targetType: 'draft',
      targetId: id,
      before: draftState(existing),
      after: draftState(saved),
      requestId: meta.requestId,
    });
    return saved;
  });
}
