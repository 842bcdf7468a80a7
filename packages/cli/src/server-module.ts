import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './guideline-source.js';
import { UsageError } from './io.js';

/** The built server (packages/server/dist), loaded only by the commands that need it. */
export type ServerModule = typeof import('@leidraad/server');

export const SERVER_BUNDLE = join(REPO_ROOT, 'packages', 'server', 'dist', 'index.js');

export async function loadServer(): Promise<ServerModule> {
  if (!existsSync(SERVER_BUNDLE)) {
    throw new UsageError(
      `the server is not built (${SERVER_BUNDLE} is missing): run npm run build`,
    );
  }
  return (await import(pathToFileURL(SERVER_BUNDLE).href)) as ServerModule;
}

/** `--db`, else DATABASE_URL, else the default SQLite file. */
export function databaseUrl(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  fallback: string,
): string {
  return flag ?? env.DATABASE_URL ?? fallback;
}
