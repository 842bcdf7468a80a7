import { describe, expect, it } from 'vitest';
import { addUser, errorOf, login, PASSWORD, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

describe.each(DIALECTS)('/api/auth (%s)', (dialect) => {
  const t = useTestApp(dialect);
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('logs in and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await addUser(t.app, 'employee');
    const res = await post('/api/auth/login', {
      email: user.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      id: user.id,
      email: user.email,
      role: 'employee',
      teams: [],
    });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = res.cookies.find((c) => c.name === 'leidraad_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 43_200 });
    expect(cookie?.secure).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('refuses a wrong password and an unknown address alike', async () => {
    const user = await addUser(t.app, 'employee');
    const wrong = await post('/api/auth/login', {
      email: user.email,
      password: 'not the password',
    });
    const unknown = await post('/api/auth/login', {
      email: 'nobody@example.nl',
      password: PASSWORD,
    });
    expect(errorOf(wrong)).toEqual({ status: 401, code: 'unauthorized' });
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.cookies).toHaveLength(0);
  });

  it('rate-limits after 5 failures per address and IP, even with the right password', async () => {
    const user = await addUser(t.app, 'employee');
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/auth/login', { email: user.email, password: `wrong ${i}` });
      expect(res.statusCode).toBe(401);
    }
    const res = await post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(429);
    const { error } = res.json();
    expect(error.code).toBe('rate_limited');
    expect(error.message).toBe('Te veel pogingen. Probeer het over 15 minuten opnieuw.');
    expect(error.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // another address from the same IP is not blocked
    const other = await addUser(t.app, 'employee');
    expect(
      (await post('/api/auth/login', { email: other.email, password: PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('validates the body: 400 bad_request naming the field', async () => {
    const res = await post('/api/auth/login', { email: 'not-an-address', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_request', field: 'email' });
  });

  it('answers malformed JSON with bad_request', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(errorOf(res)).toEqual({ status: 400, code: 'bad_request' });
  });

  it('GET /me: 401 without a session; user, permissions and pending acknowledgement with one', async () => {
    expect(errorOf(await t.app.inject({ method: 'GET', url: '/api/auth/me' }))).toEqual({
      status: 401,
      code: 'unauthorized',
    });
    const user = await addUser(t.app, 'employee');
    const session = await login(t.app, user.email);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { id: user.id },
      csrfToken: session.csrf,
      pendingAcknowledgement: 1,
    });
    expect(me.json().permissions).toContain('check');
    expect(me.json().permissions).not.toContain('users:write');
  });

  it('requires the CSRF header on state-changing cookie requests', async () => {
    const user = await addUser(t.app, 'employee');
    const session = await login(t.app, user.email);
    const none = await post('/api/auth/logout', {}, { cookie: session.cookie });
    expect(errorOf(none)).toEqual({ status: 403, code: 'csrf' });
    const wrong = await post(
      '/api/auth/logout',
      {},
      { cookie: session.cookie, 'x-csrf-token': 'nope' },
    );
    expect(errorOf(wrong)).toEqual({ status: 403, code: 'csrf' });
    const ok = await post('/api/auth/logout', {}, session.headers);
    expect(ok.statusCode).toBe(204);
    expect(ok.body).toBe('');
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses an unknown one-time token', async () => {
    const res = await post('/api/auth/one-time', { token: 'made-up' });
    expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
  });
});
