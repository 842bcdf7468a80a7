import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../src/app.js';
import { verifyChain } from '../../src/queries/audit.js';
import { signedIn, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';
import { eventsAfter, lastSeq } from './helpers.js';

describe.each(DIALECTS)('audit events written through the API (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('name the acting user and the request id, and keep the chain intact', async () => {
    const { db } = servicesOf(t.app);
    const { user: admin, session } = await signedIn(t.app, 'administrator');
    const before = await lastSeq(db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: 'Webcare Noord' },
      headers: session.headers,
    });
    expect(res.statusCode).toBe(201);
    const events = await eventsAfter(db, before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'team-create', actor_id: admin.id });
    expect(events[0]?.request_id).toEqual(expect.any(String));
    expect(events[0]?.request_id).not.toBe('');
    expect(await verifyChain(db)).toMatchObject({ ok: true });
  });

  it('write nothing when the request is denied', async () => {
    const { db } = servicesOf(t.app);
    const { session } = await signedIn(t.app, 'employee');
    const before = await lastSeq(db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: 'Geheim team' },
      headers: session.headers,
    });
    expect(res.statusCode).toBe(403);
    expect(await eventsAfter(db, before)).toEqual([]);
  });
});
