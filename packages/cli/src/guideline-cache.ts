import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Guideline, type Lang, loadGuideline } from '@leidraad/core';
import { REPO_ROOT } from './guideline-source.js';

/**
 * Parsing and validating a guideline (YAML with positions, then the schema) takes tens
 * of milliseconds, most of a one-post `leidraad check`. The validated guideline is
 * cached as JSON, keyed by the source text and the build of this command, in
 * node_modules/.cache/leidraad. Set LEIDRAAD_CACHE=off to bypass it. A cache that cannot
 * be read or written is ignored: the guideline is then parsed as usual.
 */
const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'leidraad');

export function loadGuidelineCached(
  source: string,
  file: string,
  env: Record<string, string | undefined>,
  lang: Lang = 'nl',
): Guideline {
  if (env.LEIDRAAD_CACHE === 'off') return loadGuideline(source, file, { lang });
  const key = createHash('sha256')
    .update(buildId())
    .update('\0')
    .update(source)
    .digest('hex')
    .slice(0, 32);
  const path = join(CACHE_DIR, `guideline-${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Guideline;
  } catch {
    // not cached yet (or unreadable): parse and validate below
  }
  const guideline = loadGuideline(source, file, { lang });
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(guideline));
    renameSync(tmp, path);
  } catch {
    // a read-only checkout still works, only slower
  }
  return guideline;
}

/** Identifies this build of the command, so a rebuilt CLI never reads an older cache. */
function buildId(): string {
  const self = fileURLToPath(import.meta.url);
  try {
    const s = statSync(self);
    return `${self}:${s.size}:${s.mtimeMs}`;
  } catch {
    return self;
  }
}
