import { describe, expect, it } from 'vitest';
import { BUILTIN_SOURCE, errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

/** The built-in guideline with the organisation renamed: a valid new version. */
const RENAMED = BUILTIN_SOURCE.replace('  name: Spoorland\n', '  name: Spoorland Oost\n');
/** One rule's severity made invalid on line 207. */
const BAD_SEVERITY = BUILTIN_SOURCE.split('\n')
  .map((line, i) => (i === 206 ? line.replace('severity: error', 'severity: fatal') : line))
  .join('\n');

describe.each(DIALECTS)('/api/guideline (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('publishes a valid upload as a new immutable version; a malformed one answers 422 and changes nothing', async () => {
    const lead = await signedIn(t.app, 'communications-lead');
    const headers = lead.session.headers;
    const before = await t.app.inject({ method: 'GET', url: '/api/guideline', headers });
    expect(before.json()).toMatchObject({ version: 1, source: BUILTIN_SOURCE });
    expect(before.json().guideline.organisation.name).toBe('Spoorland');

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/guideline/versions',
      payload: { source: RENAMED, note: 'Nieuwe naam' },
      headers,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ version: 2 });

    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/guideline/versions',
      payload: { source: BAD_SEVERITY },
      headers,
    });
    expect(bad.statusCode).toBe(422);
    const { error } = bad.json();
    expect(error.code).toBe('invalid_guideline');
    expect(error.problems[0]).toMatchObject({
      line: 207,
      col: expect.any(Number),
      path: expect.stringMatching(/severity$/),
    });

    const syntax = await t.app.inject({
      method: 'POST',
      url: '/api/guideline/versions',
      payload: { source: 'organisation: [unclosed\n' },
      headers,
    });
    expect(syntax.statusCode).toBe(422);
    expect(syntax.json().error.problems[0]).toMatchObject({
      line: expect.any(Number),
      col: expect.any(Number),
    });

    const current = await t.app.inject({ method: 'GET', url: '/api/guideline', headers });
    expect(current.json()).toMatchObject({ version: 2, source: RENAMED });
    const v1 = await t.app.inject({ method: 'GET', url: '/api/guideline/versions/1', headers });
    expect(v1.json()).toMatchObject({ version: 1, source: BUILTIN_SOURCE });
    const list = await t.app.inject({ method: 'GET', url: '/api/guideline/versions', headers });
    expect(list.json().versions).toEqual([
      {
        version: 2,
        publishedAt: expect.any(String),
        publishedBy: { id: lead.user.id, name: 'Test communications-lead' },
        note: 'Nieuwe naam',
      },
      { version: 1, publishedAt: expect.any(String), publishedBy: null, note: 'test' },
    ]);

    const diff = await t.app.inject({
      method: 'GET',
      url: '/api/guideline/diff?from=1&to=2',
      headers,
    });
    expect(diff.statusCode).toBe(200);
    expect(diff.json()).toMatchObject({ from: 1, to: 2 });
    expect(diff.json().diff).toContain('-  name: Spoorland\n+  name: Spoorland Oost\n');

    // the check uses the new version at once
    const check = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'Hoi' },
      headers,
    });
    expect(check.statusCode).toBe(200);
  });

  it('lets only communications leads and administrators publish', async () => {
    for (const role of ['employee', 'webcare-agent'] as const) {
      const { session } = await signedIn(t.app, role);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/guideline/versions',
        payload: { source: RENAMED },
        headers: session.headers,
      });
      expect(errorOf(res)).toEqual({ status: 403, code: 'forbidden' });
    }
  });

  it('answers not_found for unknown versions and bad_request for a bad version number', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/guideline/versions/99',
      headers: session.headers,
    });
    expect(errorOf(missing)).toEqual({ status: 404, code: 'not_found' });
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/guideline/versions/abc',
      headers: session.headers,
    });
    expect(bad.json().error).toMatchObject({ code: 'bad_request', field: 'version' });
    const diff = await t.app.inject({
      method: 'GET',
      url: '/api/guideline/diff?from=1',
      headers: session.headers,
    });
    expect(diff.json().error).toMatchObject({ code: 'bad_request', field: 'to' });
  });

  it('records acknowledgements and lists who is pending', async () => {
    const lead = await signedIn(t.app, 'communications-lead');
    const employee = await signedIn(t.app, 'employee');
    const current = (
      await t.app.inject({ method: 'GET', url: '/api/guideline', headers: lead.session.headers })
    ).json().version as number;
    const me = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: employee.session.headers,
        })
      ).json();
    expect((await me()).pendingAcknowledgement).toBe(current);

    const before = await t.app.inject({
      method: 'GET',
      url: `/api/guideline/acknowledgements?version=${current}`,
      headers: lead.session.headers,
    });
    expect(before.json().pending.map((u: { id: string }) => u.id)).toContain(employee.user.id);

    for (let i = 0; i < 2; i++) {
      const ack = await t.app.inject({
        method: 'POST',
        url: `/api/guideline/versions/${current}/acknowledge`,
        headers: employee.session.headers,
      });
      expect(ack.statusCode).toBe(204);
    }
    expect((await me()).pendingAcknowledgement).toBeNull();

    const after = await t.app.inject({
      method: 'GET',
      url: '/api/guideline/acknowledgements',
      headers: lead.session.headers,
    });
    expect(after.json().version).toBe(current);
    expect(after.json().acknowledged).toEqual([
      {
        user: expect.objectContaining({ id: employee.user.id }),
        acknowledgedAt: expect.any(String),
      },
    ]);
    expect(after.json().pending.map((u: { id: string }) => u.id)).not.toContain(employee.user.id);

    const denied = await t.app.inject({
      method: 'GET',
      url: '/api/guideline/acknowledgements',
      headers: employee.session.headers,
    });
    expect(errorOf(denied)).toEqual({ status: 403, code: 'forbidden' });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/guideline/versions/99/acknowledge',
      headers: employee.session.headers,
    });
    expect(errorOf(unknown)).toEqual({ status: 404, code: 'not_found' });
  });
});
