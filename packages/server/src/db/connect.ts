import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db, Dialect } from './database.js';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/leidraad.db';

export type Connection = { db: Db; dialect: Dialect };

/**
 * `sqlite:PATH` (relative to cwd; the folder is created), `sqlite::memory:`, or
 * `postgres://…` / `postgresql://…`.
 */
export function connect(url: string, cwd = process.cwd()): Connection {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection can be closed by the server (restart, failover, an administrator).
    // The pool drops it and opens a new one on the next query; without a listener the
    // 'error' event would crash the process.
    pool.on('error', (error) => {
      process.emitWarning(
        `PostgreSQL closed an idle connection: ${error.message}`,
        'LeidraadDatabase',
      );
    });
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
    };
  }
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (!path) throw new Error(`database URL "${url}" names no file`);
  let file = path;
  if (path !== ':memory:') {
    file = resolve(cwd, path);
    mkdirSync(dirname(file), { recursive: true });
  }
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    dialect: 'sqlite',
  };
}

/** The URL with any password masked, for log lines. */
export function describeDatabase(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
