import { readHeadIn } from '../commands/record-event.js';
import type { Db } from '../db/database.js';
import type { AuditEventsTable } from '../db/tables/audit-events.js';
import { type AuditHead, ChainVerifier, type VerifyResult } from '../security/audit-chain.js';

const BATCH = 1000;

/** Every event in `seq` order, a batch at a time (the log may be long). */
export async function* auditEvents(db: Db): AsyncGenerator<AuditEventsTable> {
  let after = Number.NEGATIVE_INFINITY;
  for (;;) {
    let query = db.selectFrom('audit_events').selectAll().orderBy('seq').limit(BATCH);
    if (after !== Number.NEGATIVE_INFINITY) query = query.where('seq', '>', after);
    const rows = await query.execute();
    for (const row of rows) yield { ...row, seq: Number(row.seq) };
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    after = Number(last.seq);
  }
}

/**
 * Recomputes the whole chain in `seq` order: `{ ok: true, count, head }`, or the first
 * broken link `{ ok: false, brokenAt, reason }`. `expectedHead` (exported earlier with
 * `leidraad audit head`) also detects that the newest rows were cut off.
 */
export async function verifyChain(
  db: Db,
  expectedHead?: Pick<AuditHead, 'seq' | 'hash'>,
): Promise<VerifyResult> {
  const verifier = new ChainVerifier(expectedHead);
  for await (const row of auditEvents(db)) if (!verifier.add(row)) break;
  return verifier.result();
}

/** The newest event's `{ seq, hash, at }`, to keep outside the database. */
export function auditHead(db: Db): Promise<AuditHead> {
  return readHeadIn(db);
}
