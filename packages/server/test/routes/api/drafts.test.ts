import { describe, expect, it } from 'vitest';
import { errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

describe.each(DIALECTS)('/api/drafts (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('creates, reads, updates and deletes own drafts; the server checks them', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const headers = session.headers;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { text: 'Mail mij op jan@example.nl', channel: 'linkedin', as: 'personal' },
      headers,
    });
    expect(created.statusCode).toBe(201);
    const { draft, result } = created.json();
    expect(draft).toMatchObject({
      text: 'Mail mij op jan@example.nl',
      channel: 'linkedin',
      as: 'personal',
    });
    expect(result.findings.map((f: { rule: string }) => f.rule)).toContain('personal-data');
    expect(draft.findings).toEqual(result.findings);

    const read = await t.app.inject({ method: 'GET', url: `/api/drafts/${draft.id}`, headers });
    expect(read.json().draft).toEqual(draft);

    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/drafts/${draft.id}`,
      payload: { text: 'Een mooie dag op het spoor.', as: 'personal' },
      headers,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().draft).toMatchObject({
      id: draft.id,
      channel: null,
      createdAt: draft.createdAt,
    });
    expect(updated.json().result.summary.errors).toBe(0);

    const list = await t.app.inject({ method: 'GET', url: '/api/drafts', headers });
    expect(list.json().drafts.map((d: { id: string }) => d.id)).toEqual([draft.id]);

    const del = await t.app.inject({ method: 'DELETE', url: `/api/drafts/${draft.id}`, headers });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({ method: 'GET', url: `/api/drafts/${draft.id}`, headers });
    expect(errorOf(gone)).toEqual({ status: 404, code: 'not_found' });
  });

  it("answers 404 for another user's draft, whatever the method", async () => {
    const owner = await signedIn(t.app, 'employee');
    const other = await signedIn(t.app, 'administrator');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { text: 'Privé', as: 'personal' },
      headers: owner.session.headers,
    });
    const id = created.json().draft.id as string;
    const headers = other.session.headers;
    const get = await t.app.inject({ method: 'GET', url: `/api/drafts/${id}`, headers });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/drafts/${id}`,
      payload: { text: 'x', as: 'personal' },
      headers,
    });
    const del = await t.app.inject({ method: 'DELETE', url: `/api/drafts/${id}`, headers });
    for (const res of [get, put, del])
      expect(errorOf(res)).toEqual({ status: 404, code: 'not_found' });
    const list = await t.app.inject({ method: 'GET', url: '/api/drafts', headers });
    expect(list.json().drafts).toEqual([]);
    const still = await t.app.inject({
      method: 'GET',
      url: `/api/drafts/${id}`,
      headers: owner.session.headers,
    });
    expect(still.json().draft.text).toBe('Privé');
  });

  it('validates drafts like checks', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { text: 'x' },
      headers: session.headers,
    });
    expect(res.json().error).toMatchObject({ code: 'bad_request', field: 'as' });
    const csrf = await t.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { text: 'x', as: 'personal' },
      headers: { cookie: session.cookie },
    });
    expect(errorOf(csrf)).toEqual({ status: 403, code: 'csrf' });
  });
});
