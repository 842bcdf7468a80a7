import { parse } from '../args.js';
import { type Io, UsageError } from '../io.js';
import { databaseUrl, loadServer } from '../server-module.js';

/**
 * `leidraad token create --email E [--role R] [--name N] [--db …]`: creates the user when
 * missing and prints a new API token (only its hash is stored: it is shown this once).
 */
export async function runToken(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError('usage: leidraad token create --email E [--role R]');
  const { values, positionals } = parse(rest, {
    email: { type: 'string', short: 'e' },
    role: { type: 'string', short: 'r' },
    name: { type: 'string', short: 'n' },
    db: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const email = values.email?.trim();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new UsageError('--email must be an e-mail address');
  }
  const server = await loadServer();
  const role = values.role ?? 'employee';
  if (!(server.ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role must be one of ${server.ROLES.join(', ')} (got "${role}")`);
  }
  const { db } = server.connect(
    databaseUrl(values.db, io.env, server.DEFAULT_DATABASE_URL),
    io.cwd,
  );
  try {
    await server.migrateToLatest(db);
    const created = await server.ensureUserToken(db, {
      email,
      role: role as (typeof server.ROLES)[number],
      tokenName: values.name ?? 'leidraad token create',
    });
    io.stderr.write(
      created.userCreated
        ? `Created user ${email.toLowerCase()} (${role}) and an API token; it is shown only now:\n`
        : `Created an API token for ${email.toLowerCase()}; it is shown only now:\n`,
    );
    io.stdout.write(`${created.token}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}
