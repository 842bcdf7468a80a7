import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp, servicesOf } from './app.js';
import { ensureFirstAdmin, ensureGuideline } from './commands/bootstrap.js';
import { welcomeUrl } from './commands/create-one-time-token.js';
import { syncGuidelineTeams } from './commands/sync-guideline-teams.js';
import type { AppOptions } from './config.js';
import { BUILTIN_GUIDELINE } from './paths.js';

export type StartOptions = AppOptions & { port?: number; host?: string };

export type Started = {
  app: FastifyInstance;
  /** Where the server listens, e.g. http://localhost:3000 */
  url: string;
  /** The first administrator's one-time sign-in link, when there is one to give. */
  signInUrl: string | undefined;
  /** What the server published as version 1 on this start, if anything. */
  published: string | undefined;
};

/**
 * Starts the server: migrates, publishes ./leidraad.yaml (or the built-in Dutch
 * guideline) as version 1 when none is published, creates the first administrator when
 * there are no users, then listens.
 */
export async function startServer(options: StartOptions = {}): Promise<Started> {
  const app = await createApp(options);
  try {
    const { db, config } = servicesOf(app);
    const local = join(config.cwd, 'leidraad.yaml');
    const [file, source] = existsSync(local)
      ? [local, readFileSync(local, 'utf8')]
      : [BUILTIN_GUIDELINE, readFileSync(BUILTIN_GUIDELINE, 'utf8')];
    const published = (await ensureGuideline(db, source, firstVersionNote(source)))
      ? file
      : undefined;
    const { guidelines } = servicesOf(app);
    const current = await guidelines.current();
    await db.transaction().execute((trx) => syncGuidelineTeams(trx, current.guideline));
    const token = await ensureFirstAdmin(db);
    const port = options.port ?? 3000;
    await app.listen({ port, host: options.host ?? '0.0.0.0' });
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const base = config.publicUrl ?? `http://localhost:${actualPort}`;
    return {
      app,
      url: `http://localhost:${actualPort}`,
      signInUrl: token === undefined ? undefined : welcomeUrl(base, token),
      published,
    };
  } catch (e) {
    await app.close();
    throw e;
  }
}

/** The note of version 1, in the guideline's own language. */
function firstVersionNote(source: string): string {
  return /^language:\s*en\b/m.test(source)
    ? 'First version, published when Leidraad started for the first time.'
    : 'Eerste versie, gepubliceerd bij de eerste start van Leidraad.';
}
