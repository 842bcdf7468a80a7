import type { AuditPageResponse } from '@leidraad/contract';
import type { Db } from '../../../db/database.js';

function parsed(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** Up to `limit` events older than `before` (newest first), with the actors' names. */
export async function auditPage(
  db: Db,
  before: number | undefined,
  limit: number,
): Promise<AuditPageResponse> {
  let query = db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.seq',
      'audit_events.at',
      'audit_events.actor_id',
      'users.name as actor_name',
      'audit_events.action',
      'audit_events.target_type',
      'audit_events.target_id',
      'audit_events.before_json',
      'audit_events.after_json',
      'audit_events.request_id',
    ])
    .orderBy('audit_events.seq', 'desc')
    .limit(limit);
  if (before !== undefined) query = query.where('audit_events.seq', '<', before);
  const rows = await query.execute();
  const events = rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor_id === null ? null : { id: r.actor_id, name: r.actor_name ?? '' },
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    before: parsed(r.before_json),
    after: parsed(r.after_json),
    requestId: r.request_id,
  }));
  const last = events[events.length - 1];
  return { events, next: last && last.seq > 1 && events.length === limit ? last.seq : null };
}
