import type { Db } from '../../src/db/database.js';
import type { AuditEventsTable } from '../../src/db/tables/audit-events.js';

/** The events after `seq`, oldest first. */
export async function eventsAfter(db: Db, seq: number): Promise<AuditEventsTable[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>', seq)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The newest seq (0 when the log is empty). */
export async function lastSeq(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select('seq')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.seq) : 0;
}

/** Runs `change` and returns the events it wrote (also when it throws: then `error` is set). */
export async function eventsOf(
  db: Db,
  change: () => Promise<unknown>,
): Promise<{ events: AuditEventsTable[]; error?: unknown }> {
  const from = await lastSeq(db);
  try {
    await change();
    return { events: await eventsAfter(db, from) };
  } catch (error) {
    return { events: await eventsAfter(db, from), error };
  }
}

export function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}
