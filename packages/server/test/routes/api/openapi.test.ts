import { ERROR_CODES } from '@leidraad/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../helpers/app.js';

type OpenApi = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

describe('/api/openapi.json', () => {
  const t = useTestApp('sqlite');

  it('lists every API route with its responses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as OpenApi;
    const listed = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        listed.add(`${method.toUpperCase()} ${path}`);
        expect(Object.keys(op.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    const routes = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .filter((l) => l.includes('/api/'));
    expect(routes.length).toBeGreaterThan(0);
    const expected = [
      'GET /api/health/',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'POST /api/auth/one-time',
      'POST /api/auth/password',
      'GET /api/users/',
      'POST /api/users/',
      'PATCH /api/users/{id}',
      'GET /api/teams/',
      'POST /api/teams/',
      'GET /api/tokens/',
      'POST /api/tokens/',
      'DELETE /api/tokens/{id}',
      'POST /api/check/',
      'POST /api/classify/',
      'GET /api/guideline/',
      'GET /api/guideline/versions',
      'GET /api/guideline/versions/{version}',
      'POST /api/guideline/versions',
      'GET /api/guideline/diff',
      'POST /api/guideline/versions/{version}/acknowledge',
      'GET /api/guideline/acknowledgements',
      'GET /api/drafts/',
      'POST /api/drafts/',
      'GET /api/drafts/{id}',
      'PUT /api/drafts/{id}',
      'DELETE /api/drafts/{id}',
    ];
    for (const route of expected) expect(listed, route).toContain(route);
    expect(listed.size).toBe(expected.length);
  });

  it('documents the error body with every stable code', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const error = doc.paths['/api/check/'].post.responses['401'];
    const schema = JSON.stringify(error);
    for (const code of ERROR_CODES) expect(schema).toContain(`"${code}"`);
  });

  it('serves the readable docs page from the package', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
