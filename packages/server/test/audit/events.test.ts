import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../src/app.js';
import { acknowledgeGuideline } from '../../src/commands/acknowledge-guideline.js';
import { createApiToken } from '../../src/commands/create-api-token.js';
import { createUser } from '../../src/commands/create-user.js';
import { ensureUserToken } from '../../src/commands/ensure-user-token.js';
import { logIn } from '../../src/commands/log-in.js';
import { publishGuideline } from '../../src/commands/publish-guideline.js';
import { revokeApiToken } from '../../src/commands/revoke-api-token.js';
import { signInOneTime } from '../../src/commands/sign-in-one-time.js';
import { updateUser } from '../../src/commands/update-user.js';
import { verifyChain } from '../../src/queries/audit.js';
import { addUser, BUILTIN_SOURCE, PASSWORD, signedIn, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';
import { eventsAfter, eventsOf, parse } from './helpers.js';

describe.each(DIALECTS)('audit events of each change of state (%s)', (dialect) => {
  const t = useTestApp(dialect);
  const meta = { actorId: 'actor-1', requestId: 'req-1' };
  const services = () => servicesOf(t.app);

  it('logged the starting guideline as the first event of an unbroken chain', async () => {
    const [first] = await eventsAfter(services().db, 0);
    expect(first).toMatchObject({
      seq: 1,
      action: 'guideline-publish',
      actor_id: null,
      target_type: 'guideline-version',
      target_id: '1',
      prev_hash: '0'.repeat(64),
    });
    expect(parse(first?.after_json ?? null)).toMatchObject({ version: 1, note: 'test' });
  });

  it('invites a user with one event; a failed invite writes none', async () => {
    const { db } = services();
    const ok = await eventsOf(db, () =>
      createUser(
        db,
        { email: 'Nieuw@Example.nl', name: 'Nieuw', role: 'employee', teamIds: [] },
        meta,
      ),
    );
    expect(ok.error).toBeUndefined();
    expect(ok.events).toHaveLength(1);
    expect(ok.events[0]).toMatchObject({
      action: 'user-invite',
      actor_id: 'actor-1',
      request_id: 'req-1',
      target_type: 'user',
    });
    expect(parse(ok.events[0]?.after_json ?? null)).toEqual({
      email: 'nieuw@example.nl',
      name: 'Nieuw',
      role: 'employee',
      teamIds: [],
    });
    const dup = await eventsOf(db, () =>
      createUser(db, { email: 'nieuw@example.nl', name: 'X', role: 'employee', teamIds: [] }, meta),
    );
    expect(dup.error).toBeDefined();
    expect(dup.events).toEqual([]);
    const badTeam = await eventsOf(db, () =>
      createUser(db, { email: 'ander@example.nl', name: 'X', role: 'employee', teamIds: ['nope'] }),
    );
    expect(badTeam.error).toBeDefined();
    expect(badTeam.events).toEqual([]);
  });

  it('logs a role change with the role and teams before and after; a refused one writes none', async () => {
    const { db } = services();
    const user = await addUser(t.app, 'employee');
    const changed = await eventsOf(db, () =>
      updateUser(db, user.id, { role: 'webcare-agent' }, meta),
    );
    expect(changed.events).toHaveLength(1);
    expect(changed.events[0]).toMatchObject({ action: 'role-change', target_id: user.id });
    expect(parse(changed.events[0]?.before_json ?? null)).toMatchObject({
      role: 'employee',
      teamIds: [],
    });
    expect(parse(changed.events[0]?.after_json ?? null)).toMatchObject({
      role: 'webcare-agent',
      teamIds: [],
    });
    const renamed = await eventsOf(db, () => updateUser(db, user.id, { name: 'Ander' }, meta));
    expect(renamed.events.map((e) => e.action)).toEqual(['user-update']);
    const same = await eventsOf(db, () => updateUser(db, user.id, { name: 'Ander' }, meta));
    expect(same.events).toEqual([]);
    const missing = await eventsOf(db, () => updateUser(db, 'no-such-id', { role: 'employee' }));
    expect(missing.error).toBeDefined();
    expect(missing.events).toEqual([]);
  });

  it('logs password and one-time sign-ins; a failed sign-in writes none', async () => {
    const { db, passwords } = services();
    const user = await addUser(t.app, 'employee');
    const ok = await eventsOf(db, () =>
      logIn(db, passwords, { email: user.email, password: PASSWORD, ip: '10.0.0.1' }, meta),
    );
    expect(ok.events).toHaveLength(1);
    expect(ok.events[0]).toMatchObject({
      action: 'sign-in',
      actor_id: user.id,
      target_id: user.id,
    });
    const wrong = await eventsOf(db, () =>
      logIn(db, passwords, { email: user.email, password: 'wrong password!', ip: '10.0.0.1' }),
    );
    expect(wrong.error).toBeDefined();
    expect(wrong.events).toEqual([]);

    const { inviteToken, user: invited } = await createUser(db, {
      email: `invite-${Date.now()}@example.nl`,
      name: 'Genodigd',
      role: 'employee',
      teamIds: [],
    });
    const once = await eventsOf(db, () => signInOneTime(db, inviteToken, meta));
    expect(once.events.map((e) => [e.action, e.actor_id])).toEqual([['sign-in', invited.id]]);
    expect(parse(once.events[0]?.after_json ?? null)).toMatchObject({
      method: 'one-time-token',
      purpose: 'invite',
    });
    const again = await eventsOf(db, () => signInOneTime(db, inviteToken, meta));
    expect(again.error).toBeDefined();
    expect(again.events).toEqual([]);
  });

  it('logs a sign-in through the API with the request id', async () => {
    const { db } = services();
    const user = await addUser(t.app, 'employee');
    const res = await eventsOf(db, async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: PASSWORD },
      });
      expect(r.statusCode).toBe(200);
    });
    expect(res.events.map((e) => e.action)).toEqual(['sign-in']);
  });

  it('logs a publish with its version; an invalid guideline writes none', async () => {
    const { db } = services();
    const ok = await eventsOf(db, () =>
      publishGuideline(db, { source: BUILTIN_SOURCE, note: 'v2', publishedBy: null }, meta),
    );
    expect(ok.events).toHaveLength(1);
    expect(ok.events[0]).toMatchObject({ action: 'guideline-publish', target_id: '2' });
    expect(parse(ok.events[0]?.before_json ?? null)).toEqual({ version: 1 });
    expect(parse(ok.events[0]?.after_json ?? null)).toMatchObject({ version: 2, note: 'v2' });
    const bad = await eventsOf(db, () =>
      publishGuideline(db, { source: 'rules: [', publishedBy: null }),
    );
    expect(bad.error).toBeDefined();
    expect(bad.events).toEqual([]);
  });

  it('logs token creation and revocation without the token or its hash', async () => {
    const { db } = services();
    const user = await addUser(t.app, 'administrator');
    let token = '';
    let id = '';
    const created = await eventsOf(db, async () => {
      ({ token, id } = await createApiToken(db, user.id, 'ci', meta));
    });
    expect(created.events.map((e) => [e.action, e.target_id])).toEqual([['token-create', id]]);
    const revoked = await eventsOf(db, () => revokeApiToken(db, id, meta));
    expect(revoked.events.map((e) => e.action)).toEqual(['token-revoke']);
    expect(parse(revoked.events[0]?.before_json ?? null)).toMatchObject({ revokedAt: null });
    const twice = await eventsOf(db, () => revokeApiToken(db, id, meta));
    expect(twice.error).toBeDefined();
    expect(twice.events).toEqual([]);

    const cli = await eventsOf(db, () =>
      ensureUserToken(db, {
        email: `cli-${Date.now()}@example.nl`,
        role: 'employee',
        tokenName: 'x',
      }),
    );
    expect(cli.events.map((e) => e.action)).toEqual(['user-create', 'token-create']);

    const row = await db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const all = JSON.stringify(await eventsAfter(db, 0));
    expect(all).not.toContain(token);
    expect(all).not.toContain(row.token_hash);
    expect(all).not.toContain('$argon2');
  });

  it('logs draft saves and deletes and acknowledgements made through the API', async () => {
    const { db } = services();
    const { user, session } = await signedIn(t.app, 'employee');
    const headers = session.headers;
    let draftId = '';
    const created = await eventsOf(db, async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/drafts',
        payload: { text: 'Een mooie dag op het spoor.', as: 'personal' },
        headers,
      });
      expect(r.statusCode).toBe(201);
      draftId = r.json().draft.id;
    });
    expect(created.events.map((e) => [e.action, e.actor_id, e.target_id])).toEqual([
      ['draft-save', user.id, draftId],
    ]);
    expect(created.events[0]?.after_json).not.toContain('spoor');
    const updated = await eventsOf(db, () =>
      t.app.inject({
        method: 'PUT',
        url: `/api/drafts/${draftId}`,
        payload: { text: 'Anders.', as: 'personal' },
        headers,
      }),
    );
    expect(updated.events.map((e) => e.action)).toEqual(['draft-save']);
    expect(parse(updated.events[0]?.after_json ?? null)).toMatchObject({ textLength: 7 });
    const deleted = await eventsOf(db, () =>
      t.app.inject({ method: 'DELETE', url: `/api/drafts/${draftId}`, headers }),
    );
    expect(deleted.events.map((e) => e.action)).toEqual(['draft-delete']);
    const gone = await eventsOf(db, () =>
      t.app.inject({ method: 'DELETE', url: `/api/drafts/${draftId}`, headers }),
    );
    expect(gone.events).toEqual([]);

    const ack = await eventsOf(db, () => acknowledgeGuideline(db, 1, user.id, meta));
    expect(ack.events.map((e) => [e.action, e.actor_id, e.target_id])).toEqual([
      ['guideline-acknowledge', user.id, '1'],
    ]);
    const ackAgain = await eventsOf(db, () => acknowledgeGuideline(db, 1, user.id, meta));
    expect(ackAgain.events).toEqual([]);
  });

  it('keeps one unbroken chain through all of it', async () => {
    const result = await verifyChain(services().db);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.count).toBeGreaterThan(15);
  });
});
