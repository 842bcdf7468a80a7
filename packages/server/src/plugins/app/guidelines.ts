import {
  type Checker,
  type Classifier,
  compileClassifier,
  compileGuideline,
  type Guideline,
  KINDS,
  parseGuideline,
} from '@leidraad/core';
import type { Db } from '../../db/database.js';
import type { GuidelineVersionsTable } from '../../db/tables/guideline-versions.js';
import { ApiError } from '../../errors.js';

export const GUIDELINE_FILE = 'leidraad.yaml';

/** A published version, parsed and compiled once per server process. */
export type CompiledVersion = {
  row: GuidelineVersionsTable;
  guideline: Guideline;
  checker: Checker;
  classifier(): Classifier;
};

export type Guidelines = {
  /** The latest published version (re-read from the database at most every ttl ms). */
  current(): Promise<CompiledVersion>;
  /** The latest published version, or undefined before the first is published. */
  latest(): Promise<CompiledVersion | undefined>;
  /** A published version, or undefined. */
  get(version: number): Promise<CompiledVersion | undefined>;
  /** Forget the cached current version number (after publishing). */
  invalidate(): void;
};

const MAX_CACHED = 8;

export function createGuidelines(db: Db, ttlMs: number): Guidelines {
  const compiled = new Map<number, CompiledVersion>();
  let latest: { version: number; at: number } | undefined;

  async function get(version: number): Promise<CompiledVersion | undefined> {
    const hit = compiled.get(version);
    if (hit) return hit;
    const row = await db
      .selectFrom('guideline_versions')
      .selectAll()
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) return undefined;
    const entry = compile(row);
    if (compiled.size >= MAX_CACHED) {
      const oldest = compiled.keys().next().value;
      if (oldest !== undefined) compiled.delete(oldest);
    }
    compiled.set(version, entry);
    return entry;
  }

  async function currentVersion(): Promise<number | undefined> {
    if (latest && Date.now() - latest.at < ttlMs) return latest.version;
    const row = await db
      .selectFrom('guideline_versions')
      .select('version')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) return undefined;
    latest = { version: Number(row.version), at: Date.now() };
    return latest.version;
  }

  async function latestVersion(): Promise<CompiledVersion | undefined> {
    const version = await currentVersion();
    return version === undefined ? undefined : get(version);
  }

  return {
    async current() {
      const entry = await latestVersion();
      if (!entry) throw new ApiError('not_found', 'No guideline has been published yet.');
      return entry;
    },
    latest: latestVersion,
    get,
    invalidate() {
      latest = undefined;
    },
  };
}

function compile(row: GuidelineVersionsTable): CompiledVersion {
  const guideline = parseGuideline(row.source, GUIDELINE_FILE, KINDS);
  const checker = compileGuideline(guideline, KINDS);
  let classifier: Classifier | undefined;
  return {
    row: { ...row, version: Number(row.version) },
    guideline,
    checker,
    classifier: () => {
      classifier ??= compileClassifier(guideline);
      return classifier;
    },
  };
}
