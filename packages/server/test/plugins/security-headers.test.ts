import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, servicesOf } from '../../src/app.js';
import { ensureGuideline } from '../../src/commands/bootstrap.js';
import { ensureUserToken } from '../../src/commands/ensure-user-token.js';
import { isApiUrl } from '../../src/plugins/external/security.js';
import { BUILTIN_SOURCE, TEST_ARGON2 } from '../helpers/app.js';
import { createTestDatabase, DIALECTS } from '../helpers/databases.js';

/** The set OWASP's REST Security Cheat Sheet recommends for API answers, exactly. */
const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cache-control': 'no-store',
};

/** Headers only pages need: an API answer carries none of them. */
const PAGE_ONLY = [
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/** helmet's full set for pages, with the CSP that lets the web app and the Swagger UI run. */
function expectPageHeaders(headers: Headers): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('strict-transport-security')).toBe(API_HEADERS['strict-transport-security']);
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('origin-agent-cluster')).toBe('?1');
  expect(headers.get('x-dns-prefetch-control')).toBe('off');
  expect(headers.get('cache-control')).not.toBe('no-store');
}

function expectApiHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(API_HEADERS)) {
    expect(headers.get(name), name).toBe(value);
  }
  for (const name of PAGE_ONLY) expect(headers.get(name), name).toBeNull();
  expect(headers.get('etag')).toBeNull();
}

describe('isApiUrl', () => {
  it('takes everything under /api but the documentation pages and their files', () => {
    for (const url of [
      '/api',
      '/api/',
      '/api?x=1',
      '/api/check',
      '/api/health?full=1',
      '/api/openapi.json',
      '/api/docs/json',
      '/api/docs/yaml',
      '/api/docsx',
      '/api/nope',
    ]) {
      expect(isApiUrl(url), url).toBe(true);
    }
    for (const url of [
      '/',
      '/index.html',
      '/apiary',
      '/welcome',
      '/api/docs',
      '/api/docs/',
      '/api/docs?x=1',
      '/api/docs/static/*',
      '/api/docs/static/index.html',
    ]) {
      expect(isApiUrl(url), url).toBe(false);
    }
  });
});

/** Over real HTTP: the headers Node writes, on JSON answers, errors, pages and the docs. */
describe.each(DIALECTS)('security headers over HTTP (%s)', (dialect) => {
  let app: FastifyInstance;
  let base: string;
  let token: string;
  let webDist: string;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'leidraad-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Leidraad</title>');
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log(1);');
    const database = await createTestDatabase(dialect);
    drop = database.drop;
    app = await createApp({
      databaseUrl: database.url,
      argon2: TEST_ARGON2,
      webDist,
      versionTtlMs: 0,
      logger: false,
    });
    await ensureGuideline(servicesOf(app).db, BUILTIN_SOURCE, 'test');
    ({ token } = await ensureUserToken(servicesOf(app).db, {
      email: `headers-${dialect}@example.nl`,
      role: 'employee',
      tokenName: 'headers',
    }));
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
    rmSync(webDist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers, redirect: 'manual' });

  it('sends the API set on JSON answers', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const check = await fetch(`${base}/api/check`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Hallo allemaal' }),
    });
    expect(check.status).toBe(200);
    expectApiHeaders(check.headers);
    for (const path of ['/api/health', '/api/guideline', '/api/openapi.json']) {
      const res = await get(path, auth);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      expectApiHeaders(res.headers);
    }
  });

  it('sends the API set on errors and unknown API paths', async () => {
    const refused = await fetch(`${base}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Hallo' }),
    });
    expect(refused.status).toBe(401);
    expectApiHeaders(refused.headers);
    const missing = await get('/api/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    expectApiHeaders(missing.headers);
  });

  it("keeps helmet's full set on the web app's pages and files", async () => {
    for (const path of ['/', '/welcome', '/assets/app.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expectPageHeaders(res.headers);
    }
  });

  it("keeps helmet's full set on the API documentation", async () => {
    for (const path of ['/api/docs', '/api/docs/']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
      expectPageHeaders(page.headers);
    }
    const script = await get('/api/docs/static/swagger-initializer.js');
    expect(script.status).toBe(200);
    expectPageHeaders(script.headers);
  });
});
