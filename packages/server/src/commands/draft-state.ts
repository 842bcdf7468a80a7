import type { DraftsTable } from '../db/tables/drafts.js';
import type { JsonValue } from '../security/audit-chain.js';
import { sha256 } from '../security/tokens.js';

/**
 * A draft as the audit log records it: the text's SHA-256 and length instead of the text,
 * so the log proves what changed without keeping a copy of every draft.
 */
export function draftState(row: Omit<DraftsTable, 'id' | 'author_id' | 'created_at'>): {
  [key: string]: JsonValue;
} {
  let findings = 0;
  try {
    const parsed: unknown = JSON.parse(row.findings_json);
    if (Array.isArray(parsed)) findings = parsed.length;
  } catch {
    findings = 0;
  }
  return {
    textSha256: sha256(row.text),
    textLength: row.text.length,
    channel: row.channel,
    postKind: row.post_kind,
    findings,
  };
}
