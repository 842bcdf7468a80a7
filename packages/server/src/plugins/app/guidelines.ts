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
  /**
   * The current version when it is known and compiled, without waiting for a promise (the hot
   * routes ask this first); undefined otherwise: ask `current()`.
   */
  fresh(): CompiledVersion | undefined;
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

  /** Versions being read and compiled: a burst of requests compiles each version once. */
  const loading = new Map<number, Promise<CompiledVersion | undefined>>();

  function get(version: number): Promise<CompiledVersion | undefined> {
    const hit = compiled.get(version);
    if (hit) return Promise.resolve(hit);
    let load = loading.get(version);
    if (load === undefined) {
      load = loadVersion(version).finally(() => loading.delete(version));
      loading.set(version, load);
    }
    return load;
  }

  async function loadVersion(version: number): Promise<CompiledVersion | undefined> {
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

  /** Bumped by `invalidate`, so that a read begun before a publish is not cached. */
  let generation = 0;

  async function readCurrentVersion(): Promise<number | undefined> {
    const started = generation;
    const row = await db
      .selectFrom('guideline_versions')
      .select('version')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) return undefined;
    const version = Number(row.version);
    if (started === generation) latest = { version, at: Date.now() };
    return version;
  }

  /** The requests that arrive while the version is being re-read wait for that one read. */
  let reading: Promise<number | undefined> | undefined;

  function currentVersion(): Promise<number | undefined> {
    if (latest && Date.now() - latest.at < ttlMs) return Promise.resolve(latest.version);
    if (reading === undefined) {
      const read = readCurrentVersion().finally(() => {
        if (reading === read) reading = undefined;
      });
      reading = read;
    }
    return reading;
  }

  async function latestVersion(): Promise<CompiledVersion | undefined> {
    const version = await currentVersion();
    return version === undefined ? undefined : get(version);
  }

  /** The common case: a fresh version number, compiled. */
  function fresh(): CompiledVersion | undefined {
    return latest && Date.now() - latest.at < ttlMs ? compiled.get(latest.version) : undefined;
  }

  return {
    fresh,
    async current() {
      const hit = fresh();
      if (hit) return hit;
      const entry = await latestVersion();
      if (!entry) throw new ApiError('not_found', 'No guideline has been published yet.');
      return entry;
    },
    latest: latestVersion,
    get,
    invalidate() {
      latest = undefined;
      reading = undefined;
      generation++;
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
