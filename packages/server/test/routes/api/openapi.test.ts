import { ERROR_CODES } from '@leidraad/contract';
import { describe, expect, it } from 'vitest';
import { routesOf } from '../../../src/app.js';
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
    // Every route the server registered under /api (but the docs' own pages) is documented,
    // and the document lists nothing the server does not serve. Fastify writes ':id' where
    // OpenAPI writes '{id}', and the prefix root with a trailing slash.
    const served = routesOf(t.app)
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => {
        const path = r.url.replace(/:(\w+)/g, '{$1}');
        return `${r.method} ${/^\/api\/[a-z]+$/.test(path) ? `${path}/` : path}`;
      });
    expect(served.length).toBeGreaterThan(50);
    expect([...listed].sort()).toEqual([...new Set(served)].sort());
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
