import { buildQuiz } from '@leidraad/core';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../../src/app.js';
import { eventsAfter, lastSeq, parse } from '../../audit/helpers.js';
import { errorOf, type Session, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

type Change = { user: { id: string }; gained: string[]; lost: string[] };

async function me(app: FastifyInstance, session: Session) {
  const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
  return res.json() as { capabilities: string[]; permissions: string[]; phase: string };
}

async function setPhase(app: FastifyInstance, session: Session, phase: string) {
  return app.inject({
    method: 'PUT',
    url: '/api/phase',
    payload: { phase },
    headers: session.headers,
  });
}

async function passTraining(app: FastifyInstance, session: Session, moduleId: string) {
  const quiz = buildQuiz((await servicesOf(app).guidelines.current()).guideline, moduleId);
  const res = await app.inject({
    method: 'POST',
    url: `/api/training/${moduleId}/attempts`,
    payload: { answers: quiz.map((q) => ({ id: q.id, answer: q.answer })) },
    headers: session.headers,
  });
  expect(res.json().passed).toBe(true);
}

async function joinGuidelineTeam(app: FastifyInstance, userId: string, guidelineTeam: string) {
  const { db } = servicesOf(app);
  const team = await db
    .selectFrom('teams')
    .select('id')
    .where('guideline_team', '=', guidelineTeam)
    .executeTakeFirstOrThrow();
  await db.insertInto('team_members').values({ team_id: team.id, user_id: userId }).execute();
}

describe.each(DIALECTS)('/api/phase (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it("shows the current phase and the guideline's phases to everyone who reads the guideline", async () => {
    const { session } = await signedIn(t.app, 'employee');
    const res = await t.app.inject({ method: 'GET', url: '/api/phase', headers: session.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ phase: 'pioneer', setAt: null, setBy: null });
    expect(body.phases.map((p: { id: string }) => p.id)).toEqual([
      'pioneer',
      'growing',
      'mature',
      'integrated',
    ]);
    const { guideline } = await servicesOf(t.app).guidelines.current();
    const pioneer = guideline.maturity.phases[0];
    expect(body.phases[0]).toEqual({
      id: 'pioneer',
      name: pioneer?.name,
      description: pioneer?.description,
      review: pioneer?.review ?? null,
      may: pioneer?.may,
      teams: pioneer?.teams,
    });
  });

  it('refuses the preview and the change to roles without phase:set', async () => {
    const { db } = servicesOf(t.app);
    const before = await lastSeq(db);
    for (const role of ['employee', 'webcare-agent', 'administrator'] as const) {
      const { session } = await signedIn(t.app, role);
      expect((await me(t.app, session)).permissions).not.toContain('phase:set');
      const preview = await t.app.inject({
        method: 'GET',
        url: '/api/phase/preview?phase=mature',
        headers: session.headers,
      });
      expect(errorOf(preview), role).toEqual({ status: 403, code: 'forbidden' });
      expect(errorOf(await setPhase(t.app, session, 'mature')), role).toEqual({
        status: 403,
        code: 'forbidden',
      });
    }
    const events = await eventsAfter(db, before);
    expect(events.filter((e) => e.action === 'phase-change')).toEqual([]);
    const { session } = await signedIn(t.app, 'employee');
    expect((await me(t.app, session)).phase).toBe('pioneer');
  });

  it('refuses an unknown phase, naming the field', async () => {
    const { session } = await signedIn(t.app, 'communications-lead');
    const put = await setPhase(t.app, session, 'volwassen');
    expect(errorOf(put)).toEqual({ status: 400, code: 'bad_request' });
    expect(put.json().error.field).toBe('phase');
    const preview = await t.app.inject({
      method: 'GET',
      url: '/api/phase/preview?phase=volwassen',
      headers: session.headers,
    });
    expect(errorOf(preview)).toEqual({ status: 400, code: 'bad_request' });
    expect(preview.json().error.field).toBe('phase');
  });

  it('previews, applies at once with one audit event, and is a no-op when repeated', async () => {
    const { db } = servicesOf(t.app);
    const lead = await signedIn(t.app, 'communications-lead');
    expect((await me(t.app, lead.session)).permissions).toContain('phase:set');
    // A trained employee: the webcare module unlocks reply-customers from `mature` on.
    const trained = await signedIn(t.app, 'employee');
    await passTraining(t.app, trained.session, 'webcare');
    // An employee in the webcare team replies to customers in every phase.
    const inTeam = await signedIn(t.app, 'employee');
    await joinGuidelineTeam(t.app, inTeam.user.id, 'webcare');
    expect((await me(t.app, trained.session)).capabilities).toEqual([]);
    expect((await me(t.app, inTeam.session)).capabilities).toEqual(['reply-customers']);

    const preview = await t.app.inject({
      method: 'GET',
      url: '/api/phase/preview?phase=mature',
      headers: lead.session.headers,
    });
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ from: 'pioneer', to: 'mature' });
    const person = (id: string) => p.people.find((x: Change) => x.user.id === id);
    expect(person(trained.user.id)).toMatchObject({
      now: [],
      after: ['reply-customers', 'share-ambassador'],
      gained: ['reply-customers', 'share-ambassador'],
      lost: [],
    });
    expect(person(inTeam.user.id)).toMatchObject({
      now: ['reply-customers'],
      gained: ['share-ambassador'],
    });
    expect(person(lead.user.id)).toMatchObject({ gained: [], lost: [] });
    // The preview changes nothing.
    expect((await me(t.app, trained.session)).capabilities).toEqual([]);

    // A change made from a stale preview is refused.
    const stale = await t.app.inject({
      method: 'PUT',
      url: '/api/phase',
      payload: { phase: 'mature', from: 'growing' },
      headers: lead.session.headers,
    });
    expect(errorOf(stale)).toEqual({ status: 409, code: 'conflict' });
    expect((await me(t.app, trained.session)).phase).toBe('pioneer');

    const before = await lastSeq(db);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/phase',
      payload: { phase: 'mature', from: 'pioneer' },
      headers: lead.session.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.phase).toBe('mature');
    const changed = body.changes.find((c: Change) => c.user.id === trained.user.id);
    expect(changed).toEqual({
      user: { id: trained.user.id, name: 'Test employee', email: trained.user.email },
      gained: ['reply-customers', 'share-ambassador'],
      lost: [],
    });
    // Only people whose capabilities changed are listed.
    expect(body.changes.some((c: Change) => c.user.id === lead.user.id)).toBe(false);
    const webcareAgents = p.people.filter((x: Change) => x.gained.length > 0 || x.lost.length > 0);
    expect(body.changes).toHaveLength(webcareAgents.length);

    // At once: the next request sees the new phase and what it brings.
    const now = await me(t.app, trained.session);
    expect(now.phase).toBe('mature');
    expect(now.capabilities).toEqual(['reply-customers', 'share-ambassador']);
    expect(now.permissions).toContain('posts:submit');

    const events = await eventsAfter(db, before);
    expect(events.map((e) => e.action)).toEqual(['phase-change']);
    expect(events[0]).toMatchObject({ actor_id: lead.user.id, target_id: 'phase' });
    expect(parse(events[0]?.before_json ?? null)).toEqual({ phase: 'pioneer' });
    const after = parse(events[0]?.after_json ?? null) as { phase: string; changes: unknown[] };
    expect(after.phase).toBe('mature');
    expect(after.changes).toContainEqual({
      user: trained.user.id,
      gained: ['reply-customers', 'share-ambassador'],
      lost: [],
    });
    expect(after.changes).toHaveLength(body.changes.length);

    const shown = await t.app.inject({
      method: 'GET',
      url: '/api/phase',
      headers: trained.session.headers,
    });
    expect(shown.json()).toMatchObject({
      phase: 'mature',
      setBy: { id: lead.user.id, name: 'Test communications-lead' },
    });
    expect(Date.parse(shown.json().setAt)).toBeLessThanOrEqual(Date.parse(events[0]?.at ?? ''));
    expect(Date.parse(shown.json().setAt)).toBeGreaterThan(Date.now() - 60_000);

    // The same phase again: 200, nothing changes, nothing is logged.
    const again = await setPhase(t.app, lead.session, 'mature');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ phase: 'mature', changes: [] });
    expect(await lastSeq(db)).toBe(before + 1);

    // Back to pioneer: the trained employee loses what the phase gave.
    const back = await setPhase(t.app, lead.session, 'pioneer');
    const lost = back.json().changes.find((c: Change) => c.user.id === trained.user.id);
    expect(lost).toMatchObject({ gained: [], lost: ['reply-customers', 'share-ambassador'] });
    expect((await me(t.app, trained.session)).capabilities).toEqual([]);
    expect((await me(t.app, inTeam.session)).capabilities).toEqual(['reply-customers']);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/phase' });
    expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
  });
});
