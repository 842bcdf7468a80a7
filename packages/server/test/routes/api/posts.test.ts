import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../../src/app.js';
import { sha256 } from '../../../src/security/tokens.js';
import { eventsOf, parse } from '../../audit/helpers.js';
import { errorOf, setPhase, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';
import {
  CLEAN,
  getPost,
  type Person,
  person,
  queueOf,
  review,
  submit,
  WITH_ERROR,
} from '../../posts/helpers.js';

describe.each(DIALECTS)('/api/posts and /api/reviews (%s)', (dialect) => {
  const t = useTestApp(dialect);
  const db = () => servicesOf(t.app).db;

  async function submitted(who: Person, payload: Record<string, unknown>) {
    const res = await submit(t.app, who, payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  it('pioneer: a corporate post waits for the communications lead, never its own author', async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const lead = await person(t.app, 'communications-lead');
    const agent = await person(t.app, 'webcare-agent', ['webcare']);
    const { post, can, reviews } = await submitted(author, {
      text: CLEAN,
      channel: 'x',
      as: 'corporate',
    });
    expect(post).toMatchObject({
      status: 'in-review',
      revision: 1,
      step: 0,
      phase: 'pioneer',
      guidelineVersion: 1,
      errorCount: 0,
      author: { id: author.id, name: 'Test communications-lead' },
    });
    expect(post.steps).toEqual([
      expect.objectContaining({
        id: 'hoofd-online',
        roles: ['communications-lead'],
        state: 'current',
      }),
    ]);
    expect(reviews).toEqual([]);
    expect(can).toMatchObject({ edit: true, withdraw: true, review: false, publish: false });

    // the author does not see their own post in the queue and cannot decide it
    expect(await queueOf(t.app, author)).not.toContain(post.id);
    const self = await review(t.app, author, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(self)).toEqual({ status: 403, code: 'forbidden' });
    // a webcare agent has no `approve` in this phase
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/reviews',
      headers: agent.session.headers,
    });
    expect(errorOf(queue)).toEqual({ status: 403, code: 'forbidden' });
    expect(errorOf(await getPost(t.app, agent, post.id))).toEqual({
      status: 404,
      code: 'not_found',
    });

    expect(await queueOf(t.app, lead)).toContain(post.id);
    const seen = (await getPost(t.app, lead, post.id)).json();
    expect(seen.can).toMatchObject({ edit: false, withdraw: false, review: true, publish: false });

    const { events } = await eventsOf(db(), async () => {
      const res = await review(t.app, lead, post.id, {
        revision: 1,
        decision: 'approve',
        comment: 'Mooi zo.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().post).toMatchObject({ status: 'approved', step: 1 });
      expect(res.json().reviews).toEqual([
        expect.objectContaining({
          decision: 'approve',
          comment: 'Mooi zo.',
          revision: 1,
          step: 0,
          stepName: 'Hoofd Online',
          reviewer: { id: lead.id, name: 'Test communications-lead' },
        }),
      ]);
    });
    expect(events.map((e) => e.action)).toEqual(['post-approve']);
    expect(events[0]).toMatchObject({ actor_id: lead.id, target_type: 'post', target_id: post.id });
    expect(parse(events[0]?.after_json ?? null)).toMatchObject({
      status: 'approved',
      decision: 'approve',
    });
    expect(await queueOf(t.app, lead)).not.toContain(post.id);

    const notes = await db()
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', author.id)
      .execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'review', post_id: post.id, read_at: null });
    expect(JSON.parse(notes[0]?.data_json ?? '{}')).toMatchObject({
      decision: 'approve',
      comment: 'Mooi zo.',
      reviewer: 'Test communications-lead',
    });

    // a second decision on the decided step answers 409
    const again = await review(t.app, lead, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(again)).toEqual({ status: 409, code: 'conflict' });
  });

  it('needs the capability for the kind of post, and names it when missing', async () => {
    await setPhase(t.app, 'pioneer');
    const agent = await person(t.app, 'webcare-agent');
    const corporate = await submit(t.app, agent, { text: CLEAN, channel: 'x', as: 'corporate' });
    expect(errorOf(corporate)).toEqual({ status: 403, code: 'forbidden' });
    expect(corporate.json().error.message).toContain('post-corporate');
    const personal = await submit(t.app, agent, { text: CLEAN, as: 'personal' });
    expect(errorOf(personal)).toEqual({ status: 403, code: 'forbidden' });
    expect(personal.json().error.message).toContain('share-ambassador');
    const reply = await submit(t.app, agent, { text: CLEAN, channel: 'x', as: 'reply' });
    expect(reply.statusCode).toBe(201);

    const employee = await person(t.app, 'employee');
    const none = await submit(t.app, employee, { text: CLEAN, as: 'personal' });
    expect(errorOf(none)).toEqual({ status: 403, code: 'forbidden' });
    expect(none.json().error.message).toContain('posts:submit');
    // ...until the phase gives employees share-ambassador: a personal post needs no review
    await setPhase(t.app, 'growing');
    const { post } = await submitted(employee, {
      text: CLEAN,
      channel: 'linkedin',
      as: 'personal',
    });
    expect(post).toMatchObject({ status: 'approved', steps: [], phase: 'growing' });
  });

  it('mature: a LinkedIn corporate post goes to webcare, then to the communications lead', async () => {
    await setPhase(t.app, 'mature');
    const author = await person(t.app, 'webcare-agent', ['webcare']);
    const colleague = await person(t.app, 'webcare-agent', ['webcare']);
    const outsider = await person(t.app, 'webcare-agent');
    const lead = await person(t.app, 'communications-lead');
    const { post } = await submitted(author, { text: CLEAN, channel: 'linkedin', as: 'corporate' });
    expect(post.steps.map((s: { id: string; state: string }) => [s.id, s.state])).toEqual([
      ['webcare', 'current'],
      ['hoofd-online', 'pending'],
    ]);

    // step 1 is for the webcare team: not the lead, not an agent outside the team
    expect(await queueOf(t.app, colleague)).toContain(post.id);
    expect(await queueOf(t.app, lead)).not.toContain(post.id);
    expect(await queueOf(t.app, outsider)).not.toContain(post.id);
    expect(await queueOf(t.app, author)).not.toContain(post.id);
    const wrongTeam = await review(t.app, outsider, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(wrongTeam)).toEqual({ status: 403, code: 'forbidden' });
    expect(wrongTeam.json().error.message).toContain('team webcare');
    const early = await review(t.app, lead, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(early)).toEqual({ status: 403, code: 'forbidden' });

    const first = await review(t.app, colleague, post.id, { revision: 1, decision: 'approve' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().post).toMatchObject({ status: 'in-review', step: 1 });
    expect(
      first.json().post.steps.map((s: { state: string; decidedBy: unknown }) => s.state),
    ).toEqual(['approved', 'current']);

    // step 2 is the communications lead's
    expect(await queueOf(t.app, colleague)).not.toContain(post.id);
    expect(await queueOf(t.app, lead)).toContain(post.id);
    const stale = await review(t.app, colleague, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(stale)).toEqual({ status: 403, code: 'forbidden' });
    const second = await review(t.app, lead, post.id, { revision: 1, decision: 'approve' });
    expect(second.json().post).toMatchObject({ status: 'approved', step: 2 });
    expect(second.json().reviews.map((r: { reviewer: { id: string } }) => r.reviewer.id)).toEqual([
      colleague.id,
      lead.id,
    ]);
    const rows = await db()
      .selectFrom('post_reviews')
      .select(['step', 'reviewer_id', 'decision'])
      .where('post_id', '=', post.id)
      .orderBy('step')
      .execute();
    expect(rows).toEqual([
      { step: 0, reviewer_id: colleague.id, decision: 'approve' },
      { step: 1, reviewer_id: lead.id, decision: 'approve' },
    ]);
  });

  it('editing after approval resets the approval; a decision on the old revision is a conflict', async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const lead = await person(t.app, 'communications-lead');
    const { post } = await submitted(author, { text: CLEAN, channel: 'x', as: 'corporate' });
    await review(t.app, lead, post.id, { revision: 1, decision: 'approve' });

    const { events } = await eventsOf(db(), async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/posts/${post.id}`,
        payload: { text: `${CLEAN} Ook in het weekend.` },
        headers: author.session.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().post).toMatchObject({
        status: 'in-review',
        revision: 2,
        step: 0,
        channel: 'x',
        as: 'corporate',
        text: `${CLEAN} Ook in het weekend.`,
      });
      expect(res.json().post.steps[0].state).toBe('current');
      // the history keeps the decision on revision 1
      expect(res.json().reviews).toEqual([expect.objectContaining({ revision: 1 })]);
    });
    expect(events.map((e) => e.action)).toEqual(['post-edit']);
    expect(parse(events[0]?.before_json ?? null)).toMatchObject({
      revision: 1,
      status: 'approved',
      textSha256: sha256(CLEAN),
      textLength: CLEAN.length,
    });
    expect(parse(events[0]?.after_json ?? null)).toMatchObject({
      revision: 2,
      status: 'in-review',
    });

    const stale = await review(t.app, lead, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(stale)).toEqual({ status: 409, code: 'conflict' });
    const current = await review(t.app, lead, post.id, { revision: 2, decision: 'approve' });
    expect(current.json().post).toMatchObject({ status: 'approved', revision: 2 });
  });

  it('blocks error findings unless an override is requested; approving then needs a reason', async () => {
    await setPhase(t.app, 'mature');
    const author = await person(t.app, 'webcare-agent', ['webcare']);
    const reviewer = await person(t.app, 'communications-lead', ['communicatie']);

    const blocked = await submit(t.app, author, {
      text: WITH_ERROR,
      channel: 'x',
      as: 'corporate',
    });
    expect(errorOf(blocked)).toEqual({ status: 422, code: 'post_has_errors' });
    expect(blocked.json().error.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'personal-data',
    ]);
    const noNote = await submit(t.app, author, {
      text: WITH_ERROR,
      channel: 'x',
      as: 'corporate',
      requestOverride: true,
    });
    expect(errorOf(noNote)).toEqual({ status: 400, code: 'bad_request' });
    expect(noNote.json().error.field).toBe('note');
    expect(
      await db().selectFrom('posts').select('id').where('author_id', '=', author.id).execute(),
    ).toEqual([]);

    const { post } = await submitted(author, {
      text: WITH_ERROR,
      channel: 'x',
      as: 'corporate',
      requestOverride: true,
      note: 'Het is het algemene adres van de klantenservice.',
    });
    expect(post).toMatchObject({
      status: 'in-review',
      errorCount: 1,
      overrideRequest: 'Het is het algemene adres van de klantenservice.',
    });
    const detail = (await getPost(t.app, reviewer, post.id)).json();
    expect(detail.can).toMatchObject({ review: true, overrideNeedsReason: true });

    const bare = await review(t.app, reviewer, post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(bare)).toEqual({ status: 400, code: 'bad_request' });
    expect(bare.json().error.field).toBe('overrideReason');
    const short = await review(t.app, reviewer, post.id, {
      revision: 1,
      decision: 'approve',
      overrideReason: 'prima',
    });
    expect(errorOf(short)).toEqual({ status: 400, code: 'bad_request' });

    const reason = 'Algemeen adres van de klantenservice, geen persoonsgegeven.';
    const { events } = await eventsOf(db(), async () => {
      const res = await review(t.app, reviewer, post.id, {
        revision: 1,
        decision: 'approve',
        overrideReason: reason,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().post).toMatchObject({
        status: 'approved',
        overrideReason: reason,
        overrideBy: { id: reviewer.id },
      });
      expect(res.json().reviews[0]).toMatchObject({ overrideReason: reason });
    });
    expect(events.map((e) => e.action)).toEqual(['post-override']);
    expect(parse(events[0]?.after_json ?? null)).toMatchObject({ overrideReason: reason });
    const row = await db()
      .selectFrom('posts')
      .select(['override_reason', 'override_by'])
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ override_reason: reason, override_by: reviewer.id });

    // a post no review applies to cannot be overridden
    const employee = await person(t.app, 'employee');
    const personal = await submit(t.app, employee, {
      text: WITH_ERROR,
      as: 'personal',
      requestOverride: true,
      note: 'Toch graag.',
    });
    expect(errorOf(personal)).toEqual({ status: 422, code: 'post_has_errors' });
  });

  it('reject and changes both need a comment and go back to the author, who may rework the post', async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const lead = await person(t.app, 'communications-lead');
    const a = await submitted(author, { text: CLEAN, channel: 'x', as: 'corporate' });
    const b = await submitted(author, { text: CLEAN, channel: 'x', as: 'reply' });

    const silent = await review(t.app, lead, a.post.id, { revision: 1, decision: 'reject' });
    expect(errorOf(silent)).toEqual({ status: 400, code: 'bad_request' });
    expect(silent.json().error.field).toBe('comment');

    const rejected = await review(t.app, lead, a.post.id, {
      revision: 1,
      decision: 'reject',
      comment: 'Dit past niet bij onze toon.',
    });
    expect(rejected.json().post.status).toBe('rejected');
    expect(rejected.json().post.steps[0].state).toBe('rejected');
    const mine = (await getPost(t.app, author, a.post.id)).json();
    expect(mine.can).toMatchObject({ edit: true, withdraw: true, review: false });
    expect(mine.reviews[0]).toMatchObject({ comment: 'Dit past niet bij onze toon.' });
    // A rejected post can be reworked: the new revision goes through the review again.
    const reworked = await t.app.inject({
      method: 'PUT',
      url: `/api/posts/${a.post.id}`,
      payload: { text: `${CLEAN} Goede reis!` },
      headers: author.session.headers,
    });
    expect(reworked.json().post).toMatchObject({ status: 'in-review', revision: 2, step: 0 });
    const again = await review(t.app, lead, a.post.id, { revision: 2, decision: 'approve' });
    expect(again.json().post.status).toBe('approved');

    const changes = await review(t.app, lead, b.post.id, {
      revision: 1,
      decision: 'changes',
      comment: 'Noem de vertrektijd.',
    });
    expect(changes.json().post.status).toBe('changes-requested');
    const events = await eventsOf(db(), async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/posts/${b.post.id}`,
        payload: { text: `${CLEAN} Vertrek om 8.12 uur.` },
        headers: author.session.headers,
      });
      expect(res.json().post).toMatchObject({ status: 'in-review', revision: 2 });
    });
    expect(events.events.map((e) => e.action)).toEqual(['post-edit']);
    const kinds = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', 'in', [a.post.id, b.post.id])
      .orderBy('seq')
      .execute();
    expect(kinds.map((k) => k.action)).toEqual([
      'post-submit',
      'post-submit',
      'post-reject',
      'post-edit',
      'post-approve',
      'post-changes-request',
      'post-edit',
    ]);
  });

  it("answers 404 for someone else's post, also to a reviewer who tries to edit it", async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const lead = await person(t.app, 'communications-lead');
    const stranger = await person(t.app, 'employee');
    const { post } = await submitted(author, { text: CLEAN, channel: 'x', as: 'corporate' });
    const headers = stranger.session.headers;
    const responses = await Promise.all([
      getPost(t.app, stranger, post.id),
      t.app.inject({
        method: 'PUT',
        url: `/api/posts/${post.id}`,
        payload: { text: 'x' },
        headers,
      }),
      t.app.inject({ method: 'POST', url: `/api/posts/${post.id}/withdraw`, headers }),
      t.app.inject({
        method: 'POST',
        url: `/api/posts/${post.id}/publish`,
        payload: { url: 'https://x.com/spoorland/status/1' },
        headers,
      }),
      review(t.app, stranger, post.id, { revision: 1, decision: 'approve' }),
      getPost(t.app, stranger, 'no-such-post'),
    ]);
    for (const res of responses) expect(errorOf(res)).toEqual({ status: 404, code: 'not_found' });
    const list = await t.app.inject({ method: 'GET', url: '/api/posts', headers });
    expect(list.json().posts).toEqual([]);

    const byReviewer = await t.app.inject({
      method: 'PUT',
      url: `/api/posts/${post.id}`,
      payload: { text: 'Anders' },
      headers: lead.session.headers,
    });
    expect(errorOf(byReviewer)).toEqual({ status: 404, code: 'not_found' });
    const withdraw = await t.app.inject({
      method: 'POST',
      url: `/api/posts/${post.id}/withdraw`,
      headers: lead.session.headers,
    });
    expect(errorOf(withdraw)).toEqual({ status: 404, code: 'not_found' });
  });

  it('lists own posts newest first; publishes, schedules and withdraws', async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const lead = await person(t.app, 'communications-lead');
    const first = await submitted(author, { text: CLEAN, channel: 'x', as: 'corporate' });
    const second = await submitted(author, { text: CLEAN, channel: 'bluesky', as: 'corporate' });
    const third = await submitted(author, { text: CLEAN, channel: 'x', as: 'reply' });
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/posts',
      headers: author.session.headers,
    });
    expect(list.json().posts.map((p: { id: string }) => p.id)).toEqual([
      third.post.id,
      second.post.id,
      first.post.id,
    ]);

    const early = await t.app.inject({
      method: 'POST',
      url: `/api/posts/${first.post.id}/publish`,
      payload: { url: 'https://x.com/spoorland/status/1' },
      headers: author.session.headers,
    });
    expect(errorOf(early)).toEqual({ status: 409, code: 'conflict' });

    for (const p of [first, second]) {
      await review(t.app, lead, p.post.id, { revision: 1, decision: 'approve' });
    }
    expect((await getPost(t.app, author, first.post.id)).json().can.publish).toBe(true);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/posts/${first.post.id}/publish`,
      payload: { url: 'https://x.com/spoorland/status/1' },
      headers: author.session.headers,
    });
    expect(published.json().post).toMatchObject({
      status: 'published',
      publishedUrl: 'https://x.com/spoorland/status/1',
    });
    const afterPublish = await t.app.inject({
      method: 'POST',
      url: `/api/posts/${first.post.id}/withdraw`,
      headers: author.session.headers,
    });
    expect(errorOf(afterPublish)).toEqual({ status: 409, code: 'conflict' });

    // the reviewer may schedule it
    const scheduled = await t.app.inject({
      method: 'POST',
      url: `/api/posts/${second.post.id}/publish`,
      payload: { scheduledAt: '2030-01-02T08:00:00+01:00' },
      headers: lead.session.headers,
    });
    expect(scheduled.json().post).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2030-01-02T07:00:00.000Z',
    });

    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/posts/${third.post.id}/withdraw`,
      headers: author.session.headers,
    });
    expect(withdrawn.json().post.status).toBe('withdrawn');
    expect(await queueOf(t.app, lead)).not.toContain(third.post.id);
    const decide = await review(t.app, lead, third.post.id, { revision: 1, decision: 'approve' });
    expect(errorOf(decide)).toEqual({ status: 409, code: 'conflict' });
  });

  it('refuses an unknown channel and a draft that is not your own', async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const other = await person(t.app, 'employee');
    const channel = await submit(t.app, author, {
      text: CLEAN,
      channel: 'myspace',
      as: 'corporate',
    });
    expect(errorOf(channel)).toEqual({ status: 400, code: 'bad_request' });
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { text: CLEAN, as: 'corporate', channel: 'x' },
      headers: other.session.headers,
    });
    const foreign = await submit(t.app, author, {
      text: CLEAN,
      channel: 'x',
      as: 'corporate',
      draftId: draft.json().draft.id,
    });
    expect(errorOf(foreign)).toEqual({ status: 404, code: 'not_found' });
    const mine = await t.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { text: CLEAN, as: 'corporate', channel: 'x' },
      headers: author.session.headers,
    });
    const ok = await submit(t.app, author, {
      text: CLEAN,
      channel: 'x',
      as: 'corporate',
      draftId: mine.json().draft.id,
    });
    expect(ok.statusCode).toBe(201);
    // the draft is kept
    const kept = await t.app.inject({
      method: 'GET',
      url: `/api/drafts/${mine.json().draft.id}`,
      headers: author.session.headers,
    });
    expect(kept.statusCode).toBe(200);
  });
});
