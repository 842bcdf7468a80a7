import { type Guideline, GuidelineError, KINDS, parseGuideline } from '@leidraad/core';
import type { Db } from '../db/database.js';
import { ApiError } from '../errors.js';
import { GUIDELINE_FILE } from '../plugins/app/guidelines.js';
import { sha256 } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { syncGuidelineTeams } from './sync-guideline-teams.js';

/**
 * Publishes a new, immutable version. The source is validated first: a malformed upload
 * answers 422 with every problem (line, column, path) and changes nothing.
 */
export async function publishGuideline(
  db: Db,
  input: { source: string; note?: string | undefined; publishedBy: string | null },
  meta: AuditMeta = {},
): Promise<number> {
  const guideline = validate(input.source);
  try {
    return await db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('guideline_versions')
        .select('version')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const version = (last ? Number(last.version) : 0) + 1;
      await trx
        .insertInto('guideline_versions')
        .values({
          version,
          source: input.source,
          published_by: input.publishedBy,
          published_at: isoNow(),
          note: input.note ?? null,
        })
        .execute();
      await recordEvent(trx, {
        action: 'guideline-publish',
        actorId: input.publishedBy,
        targetType: 'guideline-version',
        targetId: String(version),
        before: last ? { version: Number(last.version) } : null,
        after: {
          version,
          note: input.note ?? null,
          sourceSha256: sha256(input.source),
          sourceLength: input.source.length,
        },
        requestId: meta.requestId,
      });
      await syncGuidelineTeams(trx, guideline, { actorId: input.publishedBy, ...meta });
      return version;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new ApiError('conflict', 'Another version was published at the same time; try again.');
    }
    throw e;
  }
}

function validate(source: string): Guideline {
  try {
    return parseGuideline(source, GUIDELINE_FILE, KINDS);
  } catch (e) {
    if (!(e instanceof GuidelineError)) throw e;
    const problems = e.problems.map(({ line, col, path, message }) => ({
      line,
      col,
      path,
      message,
    }));
    const first = problems[0];
    throw new ApiError(
      'invalid_guideline',
      first
        ? `The guideline has ${problems.length} problem(s); the first at line ${first.line}, column ${first.col}: ${first.message}`
        : 'The guideline is invalid.',
      { problems },
    );
  }
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
