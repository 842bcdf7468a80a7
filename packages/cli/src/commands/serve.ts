import { parse } from '../args.js';
import { type Io, UsageError } from '../io.js';
import { databaseUrl, loadServer } from '../server-module.js';

/**
 * `leidraad serve [--port 3000] [--host 0.0.0.0] [--db sqlite:PATH|postgres://…]`: runs the
 * web app and HTTP API until SIGINT or SIGTERM.
 */
export async function runServe(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    db: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const port = parsePort(values.port ?? io.env.PORT ?? '3000');
  const server = await loadServer();
  const url = databaseUrl(values.db, io.env, server.DEFAULT_DATABASE_URL);
  let started: Awaited<ReturnType<typeof server.startServer>>;
  try {
    started = await server.startServer({
      port,
      host: values.host ?? io.env.HOST ?? '0.0.0.0',
      databaseUrl: url,
      cwd: io.cwd,
      logger: io.env.LOG_LEVEL ?? 'info',
    });
  } catch (e) {
    throw new UsageError(`cannot start: ${(e as Error).message}`);
  }
  const out = io.stdout;
  out.write(
    `Leidraad ${server.SERVER_VERSION} listens on ${started.url} (database ${server.describeDatabase(url)})\n`,
  );
  out.write(`API documentation: ${started.url}/api/docs\n`);
  if (started.published) out.write(`Published ${started.published} as guideline version 1\n`);
  if (started.signInUrl) {
    out.write(
      `\nSign in as the first administrator (${server.FIRST_ADMIN_EMAIL}) with this one-time link, valid 24 hours:\n  ${started.signInUrl}\n\n`,
    );
  }
  await stopSignal();
  await started.app.close();
  return 0;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a port number (got "${value}")`);
  }
  return port;
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
