import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { AuditEventsTable } from '../db/tables/audit-events.js';
import {
  type AuditHead,
  canonicalJson,
  eventHash,
  GENESIS_HASH,
  type JsonValue,
} from '../security/audit-chain.js';
import { isoNow } from '../time.js';

/** What a command knows about the request that caused it (routes pass it on). */
export type AuditMeta = {
  actorId?: string | null | undefined;
  requestId?: string | null | undefined;
};

export type AuditEvent = {
  action: string;
  actorId: string | null;
  targetType: string;
  targetId: string | null;
  /** The relevant state before and after the change; never passwords, tokens or hashes. */
  before?: { [key: string]: JsonValue } | null;
  after?: { [key: string]: JsonValue } | null;
  requestId?: string | null | undefined;
};

/** `pg_advisory_xact_lock` key for appending to the chain ("LEIDRAAD" in ASCII). */
export const AUDIT_LOCK_KEY = '5496736537566351684';

/**
 * Appends one event to the hash chain. Runs INSIDE the caller's transaction, so the event
 * is written if and only if the change it describes is. Appends are serialised before the
 * head is read: on PostgreSQL by a transaction-level advisory lock, on SQLite by taking the
 * write lock first (a write that changes no row), so two processes never fork the chain;
 * the primary key on `seq` and the unique `prev_hash` would refuse a fork anyway.
 */
export async function recordEvent(trx: Db, event: AuditEvent): Promise<AuditEventsTable> {
  await lockChain(trx);
  const head = await readHeadIn(trx);
  const unhashed = {
    seq: head.seq + 1,
    at: isoNow(),
    actor_id: event.actorId,
    action: event.action,
    target_type: event.targetType,
    target_id: event.targetId,
    before_json: event.before ? canonicalJson(event.before) : null,
    after_json: event.after ? canonicalJson(event.after) : null,
    request_id: event.requestId ?? null,
    prev_hash: head.hash,
  };
  const row: AuditEventsTable = { ...unhashed, hash: eventHash(unhashed) };
  await trx.insertInto('audit_events').values(row).execute();
  return row;
}

/** The newest event (seq 0 and the genesis hash when the log is empty). */
export async function readHeadIn(db: Db): Promise<AuditHead> {
  const last = await db
    .selectFrom('audit_events')
    .select(['seq', 'hash', 'at'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last
    ? { seq: Number(last.seq), hash: last.hash, at: last.at }
    : { seq: 0, hash: GENESIS_HASH, at: null };
}

async function lockChain(trx: Db): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${sql.raw(AUDIT_LOCK_KEY)})`.execute(trx);
    return;
  }
  // SQLite: a deferred transaction only takes the write lock at its first write; an UPDATE
  // that matches no row takes it without changing anything (and fires no trigger).
  await trx.updateTable('audit_events').set({ seq: sql`seq` }).where('seq', '<', 0).execute();
}
