import { buildQuiz, QUIZ_PASS_MARK, type QuizAnswer } from '@leidraad/core';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../../src/app.js';
import { newId } from '../../../src/security/tokens.js';
import { eventsAfter, lastSeq, parse } from '../../audit/helpers.js';
import { errorOf, type Session, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

const flip = (a: QuizAnswer): QuizAnswer => (a === 'good' ? 'bad' : 'good');

/** Answers to a module's quiz with `right` of them right (all by default). */
async function answers(app: FastifyInstance, moduleId: string, right?: number) {
  const quiz = buildQuiz((await servicesOf(app).guidelines.current()).guideline, moduleId);
  const n = right ?? quiz.length;
  return quiz.map((q, i) => ({ id: q.id, answer: i < n ? q.answer : flip(q.answer) }));
}

async function attempt(
  app: FastifyInstance,
  session: Session,
  moduleId: string,
  body: { answers: { id: string; answer: string }[] },
) {
  return app.inject({
    method: 'POST',
    url: `/api/training/${moduleId}/attempts`,
    payload: body,
    headers: session.headers,
  });
}

async function me(app: FastifyInstance, session: Session) {
  const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
  return res.json() as { capabilities: string[]; permissions: string[] };
}

describe.each(DIALECTS)('/api/training (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('lists the modules with what they unlock, from which phase, and my status', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/training',
      headers: session.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.phase).toBe('pioneer');
    expect(body.passMark).toBe(QUIZ_PASS_MARK);
    const { guideline } = await servicesOf(t.app).guidelines.current();
    expect(body.modules.map((m: { id: string }) => m.id)).toEqual(
      guideline.training.modules.map((m) => m.id),
    );
    const webcare = body.modules.find((m: { id: string }) => m.id === 'webcare');
    expect(webcare).toMatchObject({
      unlocks: ['reply-customers'],
      minPhase: 'mature',
      unlocksNow: false,
      durationMinutes: 60,
      status: { passed: false, passedAt: null, bestScore: null, attempts: 0 },
    });
    expect(webcare.questions).toBeGreaterThan(0);
    expect(body.modules.find((m: { id: string }) => m.id === 'ambassador')).toMatchObject({
      unlocks: ['share-ambassador'],
      minPhase: null,
      unlocksNow: true,
    });
  });

  it('shows a module with its lessons and the quiz without the answers; unknown is 404', async () => {
    const { session } = await signedIn(t.app, 'webcare-agent');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/training/basics',
      headers: session.headers,
    });
    expect(res.statusCode).toBe(200);
    const { module } = res.json();
    expect(module.lessons.length).toBeGreaterThan(0);
    const { guideline } = await servicesOf(t.app).guidelines.current();
    const quiz = buildQuiz(guideline, 'basics');
    expect(module.quiz.map((q: { id: string }) => q.id)).toEqual(quiz.map((q) => q.id));
    for (const q of module.quiz) {
      expect(Object.keys(q).sort()).toEqual(['id', 'rule', 'ruleTitle', 'text']);
    }
    expect(res.body).not.toContain('"answer"');
    expect(res.body).not.toContain(quiz[0]?.explanation);

    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/training/nope',
      headers: session.headers,
    });
    expect(errorOf(missing)).toEqual({ status: 404, code: 'not_found' });
    const post = await attempt(t.app, session, 'nope', { answers: [] });
    expect(errorOf(post)).toEqual({ status: 404, code: 'not_found' });
  });

  it('passing stores the attempt, logs it and unlocks at once', async () => {
    const { db } = servicesOf(t.app);
    const { user, session } = await signedIn(t.app, 'employee');
    expect(await me(t.app, session)).toMatchObject({ capabilities: [] });
    expect((await me(t.app, session)).permissions).not.toContain('posts:submit');

    const before = await lastSeq(db);
    const res = await attempt(t.app, session, 'ambassador', {
      answers: await answers(t.app, 'ambassador'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ module: 'ambassador', passed: true });
    expect(body.correct).toBe(body.total);
    expect(body.capabilities).toEqual(['share-ambassador']);

    const { guideline, row } = await servicesOf(t.app).guidelines.current();
    const stored = await db
      .selectFrom('training_attempts')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      module_id: 'ambassador',
      guideline_version: row.version,
      correct: body.total,
      total: body.total,
      passed: 1,
    });
    const events = await eventsAfter(db, before);
    expect(events.map((e) => e.action)).toEqual(['training-attempt']);
    expect(events[0]).toMatchObject({ actor_id: user.id, target_id: 'ambassador' });
    expect(parse(events[0]?.after_json ?? null)).toEqual({
      module: 'ambassador',
      correct: body.total,
      total: body.total,
      passed: true,
      guidelineVersion: row.version,
    });

    const now = await me(t.app, session);
    expect(now.capabilities).toEqual(['share-ambassador']);
    expect(now.permissions).toContain('posts:submit');

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/training',
      headers: session.headers,
    });
    const status = list.json().modules.find((m: { id: string }) => m.id === 'ambassador').status;
    expect(status).toMatchObject({ passed: true, bestScore: 1, attempts: 1 });
    expect(status.passedAt).toBe(stored[0]?.created_at);
    expect(guideline.training.modules.some((m) => m.id === 'ambassador')).toBe(true);
  });

  it('a failed attempt is stored and logged but unlocks nothing; results give the answers', async () => {
    const { db } = servicesOf(t.app);
    const { user, session } = await signedIn(t.app, 'employee');
    const { guideline } = await servicesOf(t.app).guidelines.current();
    const quiz = buildQuiz(guideline, 'ambassador');
    const right = Math.ceil(quiz.length * QUIZ_PASS_MARK) - 1;
    const before = await lastSeq(db);
    const res = await attempt(t.app, session, 'ambassador', {
      answers: await answers(t.app, 'ambassador', right),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ passed: false, correct: right, total: quiz.length });
    expect(body.capabilities).toEqual([]);
    const last = body.results[body.results.length - 1];
    const q = quiz[quiz.length - 1];
    expect(last).toMatchObject({
      id: q?.id,
      answer: q?.answer,
      given: flip(q?.answer ?? 'good'),
      correct: false,
      explanation: q?.explanation,
      text: q?.text,
      rule: q?.rule,
    });
    const events = await eventsAfter(db, before);
    expect(events.map((e) => e.action)).toEqual(['training-attempt']);
    expect(parse(events[0]?.after_json ?? null)).toMatchObject({ passed: false, correct: right });
    const rows = await db
      .selectFrom('training_attempts')
      .select('passed')
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toEqual([{ passed: 0 }]);
    const now = await me(t.app, session);
    expect(now.capabilities).toEqual([]);
    expect(now.permissions).not.toContain('posts:submit');

    // Leaving questions open counts them wrong.
    const open = await attempt(t.app, session, 'ambassador', { answers: [] });
    expect(open.json()).toMatchObject({ passed: false, correct: 0, total: quiz.length });
    expect(open.json().results[0].given).toBeNull();
  });

  it('passing a module whose unlocks start in a later phase unlocks nothing yet', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const res = await attempt(t.app, session, 'webcare', {
      answers: await answers(t.app, 'webcare'),
    });
    expect(res.json()).toMatchObject({ passed: true, capabilities: [] });
    expect((await me(t.app, session)).capabilities).toEqual([]);
  });

  it('refuses answers to questions that are not in the quiz, naming the field', async () => {
    const { db } = servicesOf(t.app);
    const { session } = await signedIn(t.app, 'employee');
    const good = await answers(t.app, 'basics');
    const before = await lastSeq(db);
    const unknown = await attempt(t.app, session, 'basics', {
      answers: [...good.slice(0, 2), { id: 'deadbeef', answer: 'good' }],
    });
    expect(errorOf(unknown)).toEqual({ status: 400, code: 'bad_request' });
    expect(unknown.json().error.field).toBe('answers[2].id');
    // An id from another module's quiz is not this quiz's either.
    const other = (await answers(t.app, 'images')).find((a) => !good.some((g) => g.id === a.id));
    if (!other) throw new Error('images shares all questions with basics');
    const foreign = await attempt(t.app, session, 'basics', { answers: [other] });
    expect(foreign.json().error.field).toBe('answers[0].id');
    const twice = await attempt(t.app, session, 'basics', {
      answers: [good[0], good[1], good[0]] as { id: string; answer: string }[],
    });
    expect(errorOf(twice)).toEqual({ status: 400, code: 'bad_request' });
    expect(twice.json().error.field).toBe('answers[2].id');
    const wrongValue = await attempt(t.app, session, 'basics', {
      answers: [{ id: good[0]?.id ?? '', answer: 'maybe' }],
    });
    expect(errorOf(wrongValue)).toEqual({ status: 400, code: 'bad_request' });
    expect(wrongValue.json().error.field).toBe('answers[0].answer');
    expect(await lastSeq(db)).toBe(before);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/training' });
    expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
  });

  it('shows coverage per team, for no team, and per person; 403 for other roles', async () => {
    const { db } = servicesOf(t.app);
    for (const role of ['employee', 'webcare-agent'] as const) {
      const { session } = await signedIn(t.app, role);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/training/coverage',
        headers: session.headers,
      });
      expect(errorOf(res)).toEqual({ status: 403, code: 'forbidden' });
    }

    const team = { id: newId(), name: `Regio Oost ${dialect}`, guideline_team: null };
    await db.insertInto('teams').values(team).execute();
    const a = await signedIn(t.app, 'employee');
    const b = await signedIn(t.app, 'employee');
    await db
      .insertInto('team_members')
      .values([
        { team_id: team.id, user_id: a.user.id },
        { team_id: team.id, user_id: b.user.id },
      ])
      .execute();
    await attempt(t.app, a.session, 'basics', { answers: await answers(t.app, 'basics') });
    await attempt(t.app, b.session, 'basics', { answers: await answers(t.app, 'basics', 0) });
    const { row } = await servicesOf(t.app).guidelines.current();
    const ack = await t.app.inject({
      method: 'POST',
      url: `/api/guideline/versions/${row.version}/acknowledge`,
      headers: b.session.headers,
    });
    expect(ack.statusCode).toBe(204);

    const lead = await signedIn(t.app, 'communications-lead');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/training/coverage',
      headers: lead.session.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(row.version);
    expect(body.modules.map((m: { id: string }) => m.id)).toContain('basics');
    const teamRow = body.teams.find((x: { team: { id: string } | null }) => x.team?.id === team.id);
    expect(teamRow).toMatchObject({ members: 2, acknowledged: 1 });
    expect(teamRow.passed).toMatchObject({ basics: 1, ambassador: 0, webcare: 0 });
    // Every team of the database is listed, the guideline's too, and "no team" last.
    const dbTeams = await db.selectFrom('teams').select('id').execute();
    expect(body.teams).toHaveLength(dbTeams.length + 1);
    const none = body.teams[body.teams.length - 1];
    expect(none.team).toBeNull();
    const users = await db.selectFrom('users').select('id').execute();
    const inTeams = await db.selectFrom('team_members').select('user_id').distinct().execute();
    expect(none.members).toBe(users.length - inTeams.length);
    expect(none.passed.ambassador).toBeGreaterThanOrEqual(1);

    const person = (id: string) =>
      body.people.find((p: { user: { id: string } }) => p.user.id === id);
    expect(person(a.user.id)).toMatchObject({ passed: ['basics'], acknowledged: false });
    expect(person(b.user.id)).toMatchObject({ passed: [], acknowledged: true });
    expect(body.people).toHaveLength(users.length);
  });
});
