import { describe, expect, it } from 'vitest';
import { errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

describe.each(DIALECTS)('/api/tokens (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('creates a token shown once, which authenticates /api/check until revoked', async () => {
    const admin = await signedIn(t.app, 'administrator');
    const employee = await signedIn(t.app, 'employee');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'CI', email: employee.user.email },
      headers: admin.session.headers,
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    expect(token).toMatch(/^ldr_[\w-]{43}$/);

    const bearer = { authorization: `Bearer ${token}` };
    const check = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'Hallo' },
      headers: bearer,
    });
    expect(check.statusCode).toBe(200);
    // bearer requests need no CSRF header; the token acts as its user
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(me.json().user.id).toBe(employee.user.id);

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/tokens',
      headers: admin.session.headers,
    });
    const listed = list.json().tokens.find((x: { id: string }) => x.id === id);
    expect(listed).toMatchObject({
      name: 'CI',
      user: { id: employee.user.id },
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(list.json())).not.toContain(token);

    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: admin.session.headers,
    });
    expect(revoke.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'Hallo' },
      headers: bearer,
    });
    expect(errorOf(after)).toEqual({ status: 401, code: 'unauthorized' });
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: admin.session.headers,
    });
    expect(errorOf(again)).toEqual({ status: 404, code: 'not_found' });
  });

  it('refuses a made-up bearer token and forbids employees to manage tokens', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'x' },
      headers: { authorization: 'Bearer ldr_madeup' },
    });
    expect(errorOf(bad)).toEqual({ status: 401, code: 'unauthorized' });
    const employee = await signedIn(t.app, 'employee');
    for (const [method, url] of [
      ['GET', '/api/tokens'],
      ['POST', '/api/tokens'],
      ['DELETE', '/api/tokens/x'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        payload: { name: 'x' },
        headers: employee.session.headers,
      });
      expect(errorOf(res)).toEqual({ status: 403, code: 'forbidden' });
    }
  });

  it('answers not_found for a token for an unknown user', async () => {
    const admin = await signedIn(t.app, 'administrator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'x', email: 'ghost@example.nl' },
      headers: admin.session.headers,
    });
    expect(res.json().error).toMatchObject({ code: 'not_found', field: 'email' });
  });
});
