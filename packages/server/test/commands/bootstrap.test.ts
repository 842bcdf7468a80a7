import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../src/app.js';
import {
  ensureFirstAdmin,
  ensureGuideline,
  FIRST_ADMIN_EMAIL,
} from '../../src/commands/bootstrap.js';
import { BUILTIN_SOURCE, errorOf, sessionFrom, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';

describe.each(DIALECTS)('first start (%s)', (dialect) => {
  const t = useTestApp(dialect);
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('publishes the starting guideline only when none is published', async () => {
    const { db } = servicesOf(t.app);
    expect(await ensureGuideline(db, BUILTIN_SOURCE, 'again')).toBe(false);
    const versions = await db.selectFrom('guideline_versions').select('version').execute();
    expect(versions.map((v) => Number(v.version))).toEqual([1]);
  });

  it('signs the first administrator in once with the printed token, then sets a password', async () => {
    const { db } = servicesOf(t.app);
    expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
    const token = await ensureFirstAdmin(db);
    expect(token).toBeDefined();
    const res = await post('/api/auth/one-time', { token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email: FIRST_ADMIN_EMAIL, role: 'administrator' },
      mustSetPassword: true,
    });
    const again = await post('/api/auth/one-time', { token });
    expect(errorOf(again)).toEqual({ status: 401, code: 'unauthorized' });

    const session = sessionFrom(res);
    const short = await post('/api/auth/password', { password: 'short' }, session.headers);
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'bad_request', field: 'password' });
    const set = await post(
      '/api/auth/password',
      { password: 'a much longer secret' },
      session.headers,
    );
    expect(set.statusCode).toBe(204);
    const relogin = await post('/api/auth/login', {
      email: FIRST_ADMIN_EMAIL,
      password: 'a much longer secret',
    });
    expect(relogin.statusCode).toBe(200);
    // with a password set, a restart prints no new sign-in link
    expect(await ensureFirstAdmin(db)).toBeUndefined();
  });

  it('issues a new sign-in token on every start while the administrator has no password', async () => {
    const { db } = servicesOf(t.app);
    await db.updateTable('users').set({ password_hash: null }).execute();
    const first = await ensureFirstAdmin(db);
    const second = await ensureFirstAdmin(db);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const users = await db.selectFrom('users').select('email').execute();
    expect(users).toEqual([{ email: FIRST_ADMIN_EMAIL }]);
  });
});
