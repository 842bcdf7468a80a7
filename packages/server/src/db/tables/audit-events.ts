/**
 * The append-only, hash-chained audit log: one row per change of state. `hash` is the
 * SHA-256 (hex) of the canonical JSON of every other column (see security/audit-chain.ts);
 * `prev_hash` is the previous event's hash, 64 zeros for the first event.
 */
export type AuditEventsTable = {
  /** 1, 2, 3, … without gaps. */
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  /** Canonical JSON of the state before the change (never secrets); null when none. */
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};
