import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../../src/app.js';
import type { Db } from '../../../src/db/database.js';
import { errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';
import { insertPost } from '../../helpers/posts.js';

describe.each(DIALECTS)('/api/audit (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('pages through events newest first with actor names', async () => {
    const lead = await signedIn(t.app, 'communications-lead');
    const author = await signedIn(t.app, 'employee');
    const post = await insertPost(t.app, author.user.id);
    await t.app.inject({
      method: 'POST',
      url: `/api/moderation/posts/${post.id}/hide`,
      payload: { reason: 'threat' },
      headers: lead.session.headers,
    });
    const headers = lead.session.headers;
    const first = await t.app.inject({ method: 'GET', url: '/api/audit?limit=2', headers });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.events).toHaveLength(2);
    expect(page.events[0]).toMatchObject({
      action: 'post-hide',
      actor: { id: lead.user.id, name: 'Test communications-lead' },
      targetType: 'post',
      targetId: post.id,
      before: { visibility: 'visible' },
      after: { visibility: 'hidden', reason: 'threat', article: 'crisis' },
    });
    expect(page.events[0].seq).toBe(page.events[1].seq + 1);
    expect(page.next).toBe(page.events[1].seq);

    const all: { seq: number }[] = [...page.events];
    let next: number | null = page.next;
    while (next !== null) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/audit?limit=2&before=${next}`,
        headers,
      });
      all.push(...res.json().events);
      next = res.json().next;
    }
    const seqs = all.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs.at(-1)).toBe(1);
    expect(new Set(seqs).size).toBe(seqs.length);
    // The first event (publishing version 1 at start) has no actor.
    expect(all.at(-1)).toMatchObject({ actor: null });
  });

  it('is only for roles with audit:read', async () => {
    for (const role of ['employee', 'webcare-agent'] as const) {
      const { session } = await signedIn(t.app, role);
      for (const url of ['/api/audit', '/api/audit/verify']) {
        const res = await t.app.inject({ method: 'GET', url, headers: session.headers });
        expect(errorOf(res)).toEqual({ status: 403, code: 'forbidden' });
      }
    }
    const admin = await signedIn(t.app, 'administrator');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/audit/verify',
      headers: admin.session.headers,
    });
    expect(res.statusCode).toBe(200);
  });

  it('verifies the chain like the CLI and names the first broken event', async () => {
    const { session } = await signedIn(t.app, 'administrator');
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/audit/verify',
      headers: session.headers,
    });
    const body = ok.json();
    expect(body.ok).toBe(true);
    expect(body.firstBroken).toBeUndefined();
    expect(body.checked).toBe(body.head.seq);
    expect(body.head.hash).toMatch(/^[0-9a-f]{64}$/);

    const { db } = servicesOf(t.app);
    await tamper(db, dialect, (trx) =>
      trx.updateTable('audit_events').set({ action: 'sign-out' }).where('seq', '=', 2).execute(),
    );
    const broken = await t.app.inject({
      method: 'GET',
      url: '/api/audit/verify',
      headers: session.headers,
    });
    expect(broken.json()).toMatchObject({
      ok: false,
      checked: 1,
      head: { seq: body.head.seq + 0 },
      firstBroken: { seq: 2, reason: expect.stringContaining('hash does not match') },
    });
  });
});

/** Rewrites the table behind the triggers' back, as someone with database access could. */
async function tamper(db: Db, dialect: string, change: (trx: Db) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      await sql`alter table audit_events disable trigger user`.execute(trx);
      await change(trx);
      await sql`alter table audit_events enable trigger user`.execute(trx);
    } else {
      await sql`drop trigger audit_events_no_update`.execute(trx);
      await change(trx);
      await sql`create trigger audit_events_no_update before update on audit_events
        begin select raise(abort, 'audit_events is append-only'); end`.execute(trx);
    }
  });
}
