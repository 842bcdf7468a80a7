import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, servicesOf } from '../../src/app.js';
import { ensureUserToken } from '../../src/commands/ensure-user-token.js';
import { TOKEN_CACHE_MS } from '../../src/plugins/app/auth.js';
import { errorOf, signedIn, TEST_ARGON2, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';

/**
 * A second server process over the same database learns of a revoked token from the database
 * only: it may keep accepting it for the cache time, never longer.
 */
describe.each(DIALECTS)('API token cache across server instances (%s)', (dialect) => {
  const t = useTestApp(dialect);
  let other: FastifyInstance;

  beforeAll(async () => {
    other = await createApp({
      databaseUrl: servicesOf(t.app).config.databaseUrl,
      argon2: TEST_ARGON2,
      webDist: '/nonexistent',
      versionTtlMs: 0,
    });
  });
  afterAll(async () => {
    await other?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const check = (app: FastifyInstance, token: string) =>
    app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'Hallo' },
      headers: { authorization: `Bearer ${token}` },
    });

  async function lastUsedAt(id: string): Promise<string | null> {
    const row = await servicesOf(t.app)
      .db.selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.last_used_at;
  }

  it('stops accepting a token revoked elsewhere within the cache time', async () => {
    const admin = await signedIn(t.app, 'administrator');
    const { id, token } = await ensureUserToken(servicesOf(t.app).db, {
      email: `cache-${dialect}@example.nl`,
      role: 'employee',
      tokenName: 'cache',
    });
    // Only the clock is faked (sessions and tokens still see about the real time).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    expect((await check(other, token)).statusCode).toBe(200);
    expect((await check(other, token)).statusCode).toBe(200);

    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: admin.session.headers,
    });
    expect(revoke.statusCode).toBe(204);
    // The instance that revoked it refuses it at once.
    expect(errorOf(await check(t.app, token))).toEqual({ status: 401, code: 'unauthorized' });
    // The other one answers from its cache until the cache time is over, then asks again.
    vi.setSystemTime(Date.now() + TOKEN_CACHE_MS - 1);
    expect((await check(other, token)).statusCode).toBe(200);
    vi.setSystemTime(Date.now() + 1);
    expect(errorOf(await check(other, token))).toEqual({ status: 401, code: 'unauthorized' });
    expect(errorOf(await check(other, token))).toEqual({ status: 401, code: 'unauthorized' });
  });

  it('writes when a token was last used at most once a minute', async () => {
    const { id, token } = await ensureUserToken(servicesOf(t.app).db, {
      email: `touch-${dialect}@example.nl`,
      role: 'employee',
      tokenName: 'touch',
    });
    const start = new Date();
    vi.useFakeTimers({ toFake: ['Date'], now: start });
    expect((await check(other, token)).statusCode).toBe(200);
    expect(await lastUsedAt(id)).toBe(start.toISOString());

    // Half a minute on (past the cache time, so looked up again): not written again.
    vi.setSystemTime(start.getTime() + 30_000);
    expect((await check(other, token)).statusCode).toBe(200);
    expect((await check(t.app, token)).statusCode).toBe(200);
    expect(await lastUsedAt(id)).toBe(start.toISOString());

    // A minute on: written, by the first request only.
    const later = new Date(start.getTime() + 60_001);
    vi.setSystemTime(later);
    expect((await check(other, token)).statusCode).toBe(200);
    expect(await lastUsedAt(id)).toBe(later.toISOString());
    vi.setSystemTime(later.getTime() + 1000);
    expect((await check(other, token)).statusCode).toBe(200);
    expect(await lastUsedAt(id)).toBe(later.toISOString());
  });
});
