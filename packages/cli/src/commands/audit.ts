import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { oneOf, parse } from '../args.js';
import { describeFsError, type Io, readText, UsageError } from '../io.js';
import { databaseUrl, loadServer, type ServerModule } from '../server-module.js';

const USAGE = `usage: leidraad audit verify [--db …] [--head FILE]
       leidraad audit export [--db …] [--format jsonl|csv] [-o OUT]
       leidraad audit head [--db …] [-o FILE]`;

type Db = ReturnType<ServerModule['connect']>['db'];

/**
 * `leidraad audit verify|export|head`: recomputes the hash chain of the audit log (exit 0
 * when unbroken, 1 naming the first broken seq), writes the events as JSONL or CSV, or
 * writes the newest event's `{seq, hash, at}` to keep elsewhere, so that cutting off the
 * newest rows is detected by a later `verify --head FILE`.
 */
export async function runAudit(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify' && sub !== 'export' && sub !== 'head') throw new UsageError(USAGE);
  const { values, positionals } = parse(rest, {
    db: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (sub !== 'verify' && values.head !== undefined) throw new UsageError('--head is for verify');
  if (sub !== 'export' && values.format !== undefined)
    throw new UsageError('--format is for export');
  if (sub === 'verify' && values.output !== undefined)
    throw new UsageError('-o is for export and head');
  const format = oneOf('--format', values.format, ['jsonl', 'csv'] as const, 'jsonl');
  const expected = values.head === undefined ? undefined : await readHead(values.head, io);
  const server = await loadServer();
  const { db } = server.connect(
    databaseUrl(values.db, io.env, server.DEFAULT_DATABASE_URL),
    io.cwd,
  );
  try {
    await server.migrateToLatest(db);
    if (sub === 'verify') return await verify(server, db, io, expected);
    if (sub === 'head') {
      const head = await server.auditHead(db);
      await output(io, values.output, `${JSON.stringify(head)}\n`);
      return 0;
    }
    await exportEvents(server, db, io, format, values.output);
    return 0;
  } finally {
    await db.destroy();
  }
}

async function verify(
  server: ServerModule,
  db: Db,
  io: Io,
  expected: { seq: number; hash: string } | undefined,
): Promise<number> {
  const result = await server.verifyChain(db, expected);
  if (result.ok) {
    io.stdout.write(
      `audit log intact: ${result.count} event(s); head seq ${result.head.seq} ${result.head.hash}\n`,
    );
    return 0;
  }
  io.stdout.write(
    `audit log BROKEN at seq ${result.brokenAt}: ${result.reason} (${result.count} event(s) verified before it)\n`,
  );
  return 1;
}

async function exportEvents(
  server: ServerModule,
  db: Db,
  io: Io,
  format: 'jsonl' | 'csv',
  file: string | undefined,
): Promise<void> {
  const toFile = file !== undefined && file !== '-';
  const out: Writable = toFile ? createWriteStream(resolve(io.cwd, file)) : io.stdout;
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const write = (line: string) =>
    out.write(line) ? undefined : new Promise<void>((r) => out.once('drain', () => r()));
  try {
    const COLUMNS = server.AUDIT_COLUMNS;
    if (format === 'csv') await Promise.race([write(`${COLUMNS.join(',')}\r\n`), failed]);
    for await (const row of server.auditEvents(db)) {
      const line =
        format === 'csv'
          ? `${COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`
          : `${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]])))}\n`;
      await Promise.race([write(line), failed]);
    }
    if (toFile) {
      out.end();
      await Promise.race([finished(out), failed]);
    }
  } catch (e) {
    throw new UsageError(`cannot write ${file ?? 'the export'}: ${describeFsError(e)}`);
  }
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function output(io: Io, file: string | undefined, text: string): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, file), text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${describeFsError(e)}`);
  }
  io.stderr.write(`wrote ${file}\n`);
}

async function readHead(file: string, io: Io): Promise<{ seq: number; hash: string }> {
  const text = await readText(resolve(io.cwd, file), file);
  let head: unknown;
  try {
    head = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON (write it with leidraad audit head -o FILE)`);
  }
  const { seq, hash } = (head ?? {}) as { seq?: unknown; hash?: unknown };
  if (!Number.isInteger(seq) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    throw new UsageError(`${file} holds no head {"seq": N, "hash": "…"}`);
  }
  return { seq: seq as number, hash };
}
