import type { GuidelineVersionResponse, GuidelineVersionSummary } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { CompiledVersion } from '../plugins/app/guidelines.js';

export function toVersionResponse(v: CompiledVersion): GuidelineVersionResponse {
  return {
    version: v.row.version,
    publishedAt: v.row.published_at,
    source: v.row.source,
    guideline: v.guideline as unknown as Record<string, unknown>,
  };
}

export async function listVersions(db: Db): Promise<GuidelineVersionSummary[]> {
  const rows = await db
    .selectFrom('guideline_versions')
    .leftJoin('users', 'users.id', 'guideline_versions.published_by')
    .select([
      'guideline_versions.version',
      'guideline_versions.published_at',
      'guideline_versions.note',
      'users.id as user_id',
      'users.name as user_name',
    ])
    .orderBy('guideline_versions.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    publishedAt: r.published_at,
    publishedBy: r.user_id && r.user_name !== null ? { id: r.user_id, name: r.user_name } : null,
    note: r.note,
  }));
}
