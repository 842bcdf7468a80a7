import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '@leidraad/core';
import { type Io, readText } from './io.js';

/** The repository root: this file lives at packages/cli/{src,dist}/. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function builtinGuidelinePath(lang: Lang): string {
  return join(REPO_ROOT, 'guidelines', `${lang}.yaml`);
}

export type GuidelineSource = { source: string; file: string; builtin: boolean };

/**
 * `--guideline G`, else `./leidraad.yaml`, else the built-in default (Dutch unless
 * `--lang en` was asked for).
 */
export async function resolveGuideline(
  io: Io,
  explicit: string | undefined,
  lang: Lang | undefined,
): Promise<GuidelineSource> {
  if (explicit !== undefined) {
    const file = resolve(io.cwd, explicit);
    return { source: await readText(file, explicit), file: explicit, builtin: false };
  }
  const local = join(io.cwd, 'leidraad.yaml');
  if (existsSync(local))
    return {
      source: await readText(local, 'leidraad.yaml'),
      file: 'leidraad.yaml',
      builtin: false,
    };
  const file = builtinGuidelinePath(lang ?? 'nl');
  return { source: await readText(file), file: `(built-in ${lang ?? 'nl'})`, builtin: true };
}
