import { readFileSync } from 'node:fs';
import type { Phase, Role } from '@leidraad/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createApp, servicesOf } from '../../src/app.js';
import { ensureGuideline } from '../../src/commands/bootstrap.js';
import { insertUser } from '../../src/commands/create-user.js';
import { BUILTIN_GUIDELINE } from '../../src/paths.js';
import { PHASE_SETTING } from '../../src/plugins/app/access.js';
import { isoNow } from '../../src/time.js';
import { createTestDatabase, type TestDialect } from './databases.js';

/** Cheap Argon2id for tests (production uses OWASP's parameters). */
export const TEST_ARGON2 = { memoryCost: 64, timeCost: 1, parallelism: 1 };
export const PASSWORD = 'correct horse battery staple';
export const BUILTIN_SOURCE = readFileSync(BUILTIN_GUIDELINE, 'utf8');

export type TestApp = {
  app: FastifyInstance;
  dialect: TestDialect;
};

/**
 * One app over a fresh database per test file and dialect, with the built-in guideline
 * published as version 1. Use inside `describe.each(DIALECTS)`.
 */
export function useTestApp(dialect: TestDialect): TestApp {
  const ctx = { dialect } as TestApp;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    drop = database.drop;
    ctx.app = await createApp({
      databaseUrl: database.url,
      argon2: TEST_ARGON2,
      webDist: '/nonexistent',
      versionTtlMs: 0,
    });
    await ensureGuideline(servicesOf(ctx.app).db, BUILTIN_SOURCE, 'test');
  });
  afterAll(async () => {
    await ctx.app?.close();
    await drop?.();
  });
  return ctx;
}

let counter = 0;

/** A user with a password, straight in the database. */
export async function addUser(
  app: FastifyInstance,
  role: Role,
  email = `user${++counter}-${Date.now()}@example.nl`,
): Promise<{ id: string; email: string }> {
  const { db, passwords } = servicesOf(app);
  const hash = await passwords.hash(PASSWORD);
  const user = await db.transaction().execute(async (trx) => {
    const u = await insertUser(trx, email, `Test ${role}`, role);
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', u.id).execute();
    return u;
  });
  return { id: user.id, email: user.email };
}

export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

/** Signs in with the password; `headers` carry the cookie and the CSRF token. */
export async function login(app: FastifyInstance, email: string): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return sessionFrom(res);
}

export function sessionFrom(res: LightMyRequestResponse): Session {
  const cookie = res.cookies.find((c) => c.name === 'leidraad_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const header = `leidraad_session=${cookie.value}`;
  return { cookie: header, csrf, headers: { cookie: header, 'x-csrf-token': csrf } };
}

/** A user of the role, signed in. */
export async function signedIn(app: FastifyInstance, role: Role) {
  const user = await addUser(app, role);
  return { user, session: await login(app, user.email) };
}

/** The error body's code (and status), for `expect(...).toEqual`. */
export function errorOf(res: LightMyRequestResponse) {
  const body = res.json() as { error?: { code?: string } };
  return { status: res.statusCode, code: body.error?.code };
}

/** Sets the organisation's maturity phase straight in the database (a fixture, not the feature). */
export async function setPhase(app: FastifyInstance, phase: Phase): Promise<void> {
  const { db } = servicesOf(app);
  const now = isoNow();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('organisation_settings').where('key', '=', PHASE_SETTING).execute();
    await trx
      .insertInto('organisation_settings')
      .values({ key: PHASE_SETTING, value: phase, updated_by: null, updated_at: now })
      .execute();
  });
}
