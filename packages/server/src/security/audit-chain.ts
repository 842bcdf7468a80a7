import { createHash } from 'node:crypto';
import type { AuditEventsTable } from '../db/tables/audit-events.js';

/** The columns of an audit event, in the order exports write them. */
export const AUDIT_COLUMNS = [
  'seq',
  'at',
  'actor_id',
  'action',
  'target_type',
  'target_id',
  'before_json',
  'after_json',
  'request_id',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof AuditEventsTable)[];

/** The `prev_hash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A row as stored; `seq` may come back from the driver as a string. */
export type AuditRow = Omit<AuditEventsTable, 'seq'> & { seq: number | string };

/** The latest event's place in the chain; `seq` 0 and the genesis hash for an empty log. */
export type AuditHead = { seq: number; hash: string; at: string | null };

export type VerifyResult =
  | { ok: true; count: number; head: AuditHead }
  | { ok: false; brokenAt: number; reason: string; count: number };

/** JSON with object keys sorted at every level, so equal values serialise identically. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
}

/** SHA-256 (hex) of the canonical JSON of every column but `hash`, `prev_hash` included. */
export function eventHash(row: Omit<AuditRow, 'hash'>): string {
  const fields: JsonValue = {
    seq: Number(row.seq),
    at: row.at,
    actor_id: row.actor_id,
    action: row.action,
    target_type: row.target_type,
    target_id: row.target_id,
    before_json: row.before_json,
    after_json: row.after_json,
    request_id: row.request_id,
    prev_hash: row.prev_hash,
  };
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/**
 * Walks rows in ascending `seq` order, one batch at a time, and names the first broken link:
 * a gap or a repeated number in `seq` (a deleted or inserted row), a `prev_hash` that is not
 * the previous event's hash (deleted, inserted or reordered rows), or a hash that does not
 * match the row (a changed row). With `expected`, a head exported earlier, it also detects
 * that the newest rows were cut off or rewritten.
 */
export class ChainVerifier {
  private seq = 0;
  private hash = GENESIS_HASH;
  private at: string | null = null;
  private count = 0;
  private broken: { brokenAt: number; reason: string } | undefined;
  private headSeen = false;

  constructor(private readonly expected?: Pick<AuditHead, 'seq' | 'hash'>) {}

  /** False once a broken link is found (later rows need not be read). */
  add(row: AuditRow): boolean {
    if (this.broken) return false;
    const seq = Number(row.seq);
    const want = this.seq + 1;
    if (seq !== want) {
      return this.fail(
        Math.min(seq, want),
        seq > want
          ? `seq ${want} is missing (the next row is seq ${seq})`
          : `seq ${seq} is out of order (expected seq ${want})`,
      );
    }
    if (row.prev_hash !== this.hash) {
      return this.fail(seq, `prev_hash does not match the hash of seq ${this.seq}`);
    }
    if (eventHash(row) !== row.hash) {
      return this.fail(seq, 'hash does not match the row (the row was changed)');
    }
    if (this.expected && seq === this.expected.seq) {
      if (row.hash !== this.expected.hash) {
        return this.fail(seq, `hash differs from the expected head (seq ${seq})`);
      }
      this.headSeen = true;
    }
    this.seq = seq;
    this.hash = row.hash;
    this.at = row.at;
    this.count++;
    return true;
  }

  result(): VerifyResult {
    if (!this.broken && this.expected && !this.headSeen && this.expected.seq > 0) {
      this.fail(
        this.seq + 1,
        `the log ends at seq ${this.seq} but the expected head is seq ${this.expected.seq} (rows were cut off)`,
      );
    }
    if (this.broken) return { ok: false, ...this.broken, count: this.count };
    return { ok: true, count: this.count, head: { seq: this.seq, hash: this.hash, at: this.at } };
  }

  private fail(brokenAt: number, reason: string): false {
    this.broken = { brokenAt, reason };
    return false;
  }
}

/** Verifies rows already in memory (in `seq` order). */
export function verifyRows(
  rows: Iterable<AuditRow>,
  expected?: Pick<AuditHead, 'seq' | 'hash'>,
): VerifyResult {
  const verifier = new ChainVerifier(expected);
  for (const row of rows) if (!verifier.add(row)) break;
  return verifier.result();
}
