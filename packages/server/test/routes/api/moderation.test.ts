import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, servicesOf } from '../../../src/app.js';
import { ensureGuideline } from '../../../src/commands/bootstrap.js';
import { createMailer } from '../../../src/mail/mailer.js';
import {
  addUser,
  BUILTIN_SOURCE,
  errorOf,
  login,
  type Session,
  signedIn,
  TEST_ARGON2,
  useTestApp,
} from '../../helpers/app.js';
import { createTestDatabase, DIALECTS } from '../../helpers/databases.js';
import {
  insertPost,
  lastEvent,
  moderationCounts,
  notificationsOf,
  visibilityOf,
} from '../../helpers/posts.js';

function client(app: FastifyInstance, session: Session) {
  const post = (url: string, payload: unknown = {}) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: session.headers });
  const get = (url: string) => app.inject({ method: 'GET', url, headers: session.headers });
  return {
    hide: (id: string, body: unknown) => post(`/api/moderation/posts/${id}/hide`, body),
    restore: (id: string, body: unknown = {}) => post(`/api/moderation/posts/${id}/restore`, body),
    appeal: (id: string, text: string) => post(`/api/moderation/posts/${id}/appeal`, { text }),
    decide: (id: string, decision: string, note = 'Besluit met uitleg.') =>
      post(`/api/moderation/appeals/${id}/decide`, { decision, note }),
    history: (id: string) => get(`/api/moderation/posts/${id}/history`),
    queue: (query = '') => get(`/api/moderation/posts${query}`),
    appeals: () => get('/api/moderation/appeals'),
  };
}

describe.each(DIALECTS)('/api/moderation (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('hides with a reason citing an article, notifies, takes an appeal, decides and restores', async () => {
    const author = await signedIn(t.app, 'employee');
    const lead = await signedIn(t.app, 'communications-lead');
    const finalSay = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.user.id);
    const mod = client(t.app, lead.session);
    const own = client(t.app, author.session);
    const boss = client(t.app, finalSay.session);

    const hidden = await mod.hide(post.id, { reason: 'insult', note: 'Persoonlijke aanval.' });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().post).toMatchObject({ id: post.id, visibility: 'hidden' });
    expect(hidden.json().action).toMatchObject({
      action: 'hide',
      reason: 'insult',
      article: 'respect',
      reasonText: 'Beledigingen, scheldwoorden of persoonlijke aanvallen',
      note: 'Persoonlijke aanval.',
      actor: { id: lead.user.id, name: 'Test communications-lead' },
    });
    expect(await visibilityOf(t.app, post.id)).toBe('hidden');
    const event = await lastEvent(t.app);
    expect(event).toMatchObject({
      action: 'post-hide',
      actor_id: lead.user.id,
      target_type: 'post',
      target_id: post.id,
      before: { visibility: 'visible' },
      after: { visibility: 'hidden', reason: 'insult', article: 'respect' },
    });
    expect(event.request_id).toBeTruthy();
    const [told] = await notificationsOf(t.app, author.user.id);
    expect(told).toMatchObject({ kind: 'moderation-hidden', post_id: post.id });
    expect(told?.data).toMatchObject({
      reason: 'insult',
      reasonText: 'Beledigingen, scheldwoorden of persoonlijke aanvallen',
      article: 'respect',
      note: 'Persoonlijke aanval.',
    });
    expect(String(told?.data.appeal)).toContain('bezwaar');

    // Hidden once; hiding again is a conflict and writes nothing.
    const before = await moderationCounts(t.app);
    expect(errorOf(await mod.hide(post.id, { reason: 'spam' }))).toEqual({
      status: 409,
      code: 'conflict',
    });
    expect(await moderationCounts(t.app)).toEqual(before);

    const queue = await mod.queue('?visibility=hidden');
    expect(queue.json().posts.map((p: { id: string }) => p.id)).toContain(post.id);
    const visibleQueue = await mod.queue('?visibility=visible');
    expect(visibleQueue.json().posts.map((p: { id: string }) => p.id)).not.toContain(post.id);

    const history = await own.history(post.id);
    expect(history.statusCode).toBe(200);
    expect(history.json()).toMatchObject({ canAppeal: true, appeals: [] });
    expect(history.json().actions).toHaveLength(1);

    const appealed = await own.appeal(post.id, 'Dit was geen belediging maar een grap.');
    expect(appealed.statusCode).toBe(201);
    const appeal = appealed.json().appeal;
    expect(appeal).toMatchObject({ status: 'open', author: { id: author.user.id } });
    expect(await lastEvent(t.app)).toMatchObject({ action: 'post-appeal', target_id: post.id });
    expect(errorOf(await own.appeal(post.id, 'Nog een keer.'))).toEqual({
      status: 409,
      code: 'conflict',
    });
    for (const l of [lead, finalSay]) {
      const notes = await notificationsOf(t.app, l.user.id);
      expect(notes.at(-1)).toMatchObject({ kind: 'moderation-appeal', post_id: post.id });
      expect(notes.at(-1)?.data).toMatchObject({ appealId: appeal.id });
    }
    const open = await boss.appeals();
    expect(open.json().appeals.find((a: { id: string }) => a.id === appeal.id)).toMatchObject({
      post: { id: post.id, visibility: 'hidden' },
    });
    expect(
      (await mod.queue()).json().posts.find((p: { id: string }) => p.id === post.id),
    ).toMatchObject({ openAppeal: { id: appeal.id } });

    const upheld = await boss.decide(appeal.id, 'uphold', 'Het blijft een persoonlijke aanval.');
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json()).toMatchObject({
      appeal: { status: 'upheld', decidedBy: { id: finalSay.user.id } },
      post: { visibility: 'hidden', openAppeal: null },
    });
    expect(await lastEvent(t.app)).toMatchObject({
      action: 'appeal-decide',
      target_type: 'appeal',
      target_id: appeal.id,
      after: { status: 'upheld', visibility: 'hidden' },
    });
    expect((await notificationsOf(t.app, author.user.id)).at(-1)).toMatchObject({
      kind: 'moderation-decided',
      data: { decision: 'uphold', note: 'Het blijft een persoonlijke aanval.' },
    });
    expect(errorOf(await boss.decide(appeal.id, 'grant'))).toEqual({
      status: 409,
      code: 'conflict',
    });

    // A new appeal, then a moderator restores in one step: the appeal closes as granted.
    const second = (await own.appeal(post.id, 'Ik heb de tekst aangepast.')).json().appeal;
    const restored = await mod.restore(post.id, { note: 'Na overleg weer zichtbaar.' });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().post).toMatchObject({ visibility: 'visible', openAppeal: null });
    expect(await visibilityOf(t.app, post.id)).toBe('visible');
    expect(await lastEvent(t.app)).toMatchObject({
      action: 'post-restore',
      before: { visibility: 'hidden' },
      after: { visibility: 'visible', appealGranted: second.id },
    });
    expect((await notificationsOf(t.app, author.user.id)).at(-1)).toMatchObject({
      kind: 'moderation-restored',
    });
    expect(errorOf(await mod.restore(post.id))).toEqual({ status: 409, code: 'conflict' });
    expect(errorOf(await own.appeal(post.id, 'Niets meer te bezwaren.'))).toEqual({
      status: 409,
      code: 'conflict',
    });

    const full = (await boss.history(post.id)).json();
    expect(full.actions.map((a: { action: string }) => a.action)).toEqual([
      'hide',
      'appeal',
      'appeal-upheld',
      'appeal',
      'restore',
    ]);
    expect(full.actions[0]).toMatchObject({ reason: 'insult', article: 'respect' });
    expect(full.appeals.map((a: { status: string }) => a.status)).toEqual(['upheld', 'granted']);
    expect(full.canAppeal).toBe(false);
  });

  it('makes the post visible again when the final say grants the appeal', async () => {
    const author = await signedIn(t.app, 'webcare-agent');
    const lead = await signedIn(t.app, 'communications-lead');
    const boss = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.user.id, { status: 'approved' });
    await client(t.app, lead.session).hide(post.id, { reason: 'spam' });
    const appeal = (await client(t.app, author.session).appeal(post.id, 'Geen spam.')).json()
      .appeal;
    const granted = await client(t.app, boss.session).decide(appeal.id, 'grant', 'Klopt.');
    expect(granted.json()).toMatchObject({
      appeal: { status: 'granted' },
      post: { visibility: 'visible' },
    });
    expect(await visibilityOf(t.app, post.id)).toBe('visible');
    const history = (await client(t.app, author.session).history(post.id)).json();
    expect(history.actions.at(-1)).toMatchObject({ action: 'appeal-granted', note: 'Klopt.' });
  });

  it('answers 400 naming the field for a reason the guideline does not have, and changes nothing', async () => {
    const author = await addUser(t.app, 'employee');
    const lead = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.id);
    const before = await moderationCounts(t.app);
    const res = await client(t.app, lead.session).hide(post.id, { reason: 'ugly' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_request', field: 'reason' });
    expect(res.json().error.message).toContain('insult');
    expect(res.json().error.message).toContain('personal-data');
    expect(await moderationCounts(t.app)).toEqual(before);
    expect(await visibilityOf(t.app, post.id)).toBe('visible');
  });

  it('refuses roles without the permission (pioneer phase) and a denied request changes nothing', async () => {
    const author = await signedIn(t.app, 'employee');
    const agent = await signedIn(t.app, 'webcare-agent');
    const admin = await signedIn(t.app, 'administrator');
    const lead = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.user.id);
    const hiddenPost = await insertPost(t.app, author.user.id);
    await client(t.app, lead.session).hide(hiddenPost.id, { reason: 'spam' });
    const appeal = (await client(t.app, author.session).appeal(hiddenPost.id, 'Waarom?')).json()
      .appeal;

    const before = await moderationCounts(t.app);
    for (const who of [author, agent, admin]) {
      const c = client(t.app, who.session);
      expect(errorOf(await c.hide(post.id, { reason: 'insult' }))).toEqual({
        status: 403,
        code: 'forbidden',
      });
      expect(errorOf(await c.restore(hiddenPost.id))).toEqual({ status: 403, code: 'forbidden' });
      expect(errorOf(await c.decide(appeal.id, 'grant'))).toEqual({
        status: 403,
        code: 'forbidden',
      });
      expect(errorOf(await c.queue())).toEqual({ status: 403, code: 'forbidden' });
      expect(errorOf(await c.appeals())).toEqual({ status: 403, code: 'forbidden' });
    }
    expect(await moderationCounts(t.app)).toEqual(before);
    expect(await visibilityOf(t.app, post.id)).toBe('visible');
    expect(await visibilityOf(t.app, hiddenPost.id)).toBe('hidden');
  });

  it('answers 404 for foreign or unknown posts and appeals', async () => {
    const author = await signedIn(t.app, 'employee');
    const other = await signedIn(t.app, 'employee');
    const agent = await signedIn(t.app, 'webcare-agent');
    const lead = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.user.id);
    await client(t.app, lead.session).hide(post.id, { reason: 'confidential' });
    const before = await moderationCounts(t.app);
    for (const who of [other, agent]) {
      const c = client(t.app, who.session);
      expect(errorOf(await c.history(post.id))).toEqual({ status: 404, code: 'not_found' });
      expect(errorOf(await c.appeal(post.id, 'Niet van mij.'))).toEqual({
        status: 404,
        code: 'not_found',
      });
    }
    // A moderator does not appeal on the author's behalf.
    expect(errorOf(await client(t.app, lead.session).appeal(post.id, 'Namens de auteur'))).toEqual({
      status: 404,
      code: 'not_found',
    });
    const mod = client(t.app, lead.session);
    expect(errorOf(await mod.hide('no-such-post', { reason: 'spam' }))).toEqual({
      status: 404,
      code: 'not_found',
    });
    expect(errorOf(await mod.restore('no-such-post'))).toEqual({ status: 404, code: 'not_found' });
    expect(errorOf(await mod.decide('no-such-appeal', 'grant'))).toEqual({
      status: 404,
      code: 'not_found',
    });
    expect(errorOf(await mod.history('no-such-post'))).toEqual({ status: 404, code: 'not_found' });
    expect(await moderationCounts(t.app)).toEqual(before);
  });

  it('hides only posts that are out, and the final say never decides on their own post', async () => {
    const lead = await signedIn(t.app, 'communications-lead');
    const other = await signedIn(t.app, 'communications-lead');
    const draft = await insertPost(t.app, lead.user.id, { status: 'in-review' });
    expect(errorOf(await client(t.app, other.session).hide(draft.id, { reason: 'spam' }))).toEqual({
      status: 409,
      code: 'conflict',
    });
    const own = await insertPost(t.app, lead.user.id);
    await client(t.app, other.session).hide(own.id, { reason: 'spam' });
    const appeal = (await client(t.app, lead.session).appeal(own.id, 'Mijn eigen bericht.')).json()
      .appeal;
    const before = await moderationCounts(t.app);
    expect(errorOf(await client(t.app, lead.session).decide(appeal.id, 'grant'))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(await moderationCounts(t.app)).toEqual(before);
    const decided = await client(t.app, other.session).decide(appeal.id, 'uphold');
    expect(decided.statusCode).toBe(200);
  });

  it('decides an appeal once when two decisions arrive at the same time', async () => {
    const author = await signedIn(t.app, 'employee');
    const a = await signedIn(t.app, 'communications-lead');
    const b = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.user.id);
    await client(t.app, a.session).hide(post.id, { reason: 'spam' });
    const appeal = (await client(t.app, author.session).appeal(post.id, 'Bezwaar.')).json().appeal;
    const before = await moderationCounts(t.app);
    const results = await Promise.all([
      client(t.app, a.session).decide(appeal.id, 'grant'),
      client(t.app, b.session).decide(appeal.id, 'uphold'),
      client(t.app, a.session).decide(appeal.id, 'uphold'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    const after = await moderationCounts(t.app);
    expect(after.actions - before.actions).toBe(1);
    expect(after.events - before.events).toBe(1);
    const winner = results.find((r) => r.statusCode === 200)?.json();
    expect(await visibilityOf(t.app, post.id)).toBe(
      winner.appeal.status === 'granted' ? 'visible' : 'hidden',
    );
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  return typeof address === 'object' && address ? address.port : 1;
}

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
async function startSmtp(user: string, pass: string) {
  const received: Received[] = [];
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        for (const w of waiting.splice(0)) w();
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    received,
    async next(count: number) {
      while (received.length < count) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no e-mail arrived')), 10_000);
          waiting.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Decodes a quoted-printable mail body enough to search it. */
function decoded(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (m) =>
    Buffer.from(
      m
        .split('=')
        .slice(1)
        .map((h) => Number.parseInt(h, 16)),
    ).toString('utf8'),
  );
}

describe.each(DIALECTS)('moderation e-mail (%s)', (dialect) => {
  const ctx: { app: FastifyInstance; smtp: Awaited<ReturnType<typeof startSmtp>> } = {} as never;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ctx.smtp = await startSmtp('leidraad', 's3cret-smtp-pass');
    const database = await createTestDatabase(dialect);
    drop = database.drop;
    ctx.app = await createApp({
      databaseUrl: database.url,
      argon2: TEST_ARGON2,
      webDist: '/nonexistent',
      versionTtlMs: 0,
      smtpUrl: `smtp://leidraad:s3cret-smtp-pass@127.0.0.1:${ctx.smtp.port}`,
      mailFrom: 'moderatie@spoorland.example',
      publicUrl: 'https://leidraad.spoorland.example',
    });
    await ensureGuideline(servicesOf(ctx.app).db, BUILTIN_SOURCE, 'test');
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.smtp?.close();
    await drop?.();
  });

  it('mails the author the reason and the article after hiding', async () => {
    const author = await addUser(ctx.app, 'employee', `auteur-${dialect}@spoorland.example`);
    const lead = await addUser(ctx.app, 'communications-lead');
    const session = await login(ctx.app, lead.email);
    const post = await insertPost(ctx.app, author.id, { text: 'Jullie conducteur is een sukkel.' });
    const res = await client(ctx.app, session).hide(post.id, { reason: 'personal-data' });
    expect(res.statusCode).toBe(200);
    await ctx.smtp.next(1);
    const mail = ctx.smtp.received.find((m) => m.to.includes(author.email));
    expect(mail).toBeDefined();
    expect(mail?.from).toBe('moderatie@spoorland.example');
    const body = decoded(mail?.raw ?? '');
    expect(body).toContain('Persoonsgegevens van anderen');
    expect(body).toContain('Artikel in de richtlijn: personal-data');
    expect(body).toContain('Jullie conducteur is een sukkel.');
    expect(body).toContain(`https://leidraad.spoorland.example/moderation/history?post=${post.id}`);
  });

  it('keeps the hide and the notification when the mail server is unreachable', async () => {
    const database = await createTestDatabase(dialect);
    const app = await createApp({
      databaseUrl: database.url,
      argon2: TEST_ARGON2,
      webDist: '/nonexistent',
      versionTtlMs: 0,
      smtpUrl: `smtp://leidraad:s3cret-smtp-pass@127.0.0.1:${await closedPort()}`,
    });
    try {
      await ensureGuideline(servicesOf(app).db, BUILTIN_SOURCE, 'test');
      const author = await addUser(app, 'employee');
      const lead = await addUser(app, 'communications-lead');
      const session = await login(app, lead.email);
      const post = await insertPost(app, author.id);
      const res = await client(app, session).hide(post.id, { reason: 'spam' });
      expect(res.statusCode).toBe(200);
      expect(await visibilityOf(app, post.id)).toBe('hidden');
      expect((await notificationsOf(app, author.id)).map((n) => n.kind)).toEqual([
        'moderation-hidden',
      ]);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe('mailer', () => {
  it('logs a warning without the SMTP credentials when delivery fails', async () => {
    const port = await closedPort();
    const mailer = createMailer(`smtp://leidraad:s3cret-smtp-pass@127.0.0.1:${port}`, undefined);
    const warnings: { details: object; message: string }[] = [];
    mailer.send([{ to: 'a@example.nl', subject: 'Onderwerp', text: 'Tekst' }], {
      warn: (details, message) => warnings.push({ details, message }),
    });
    await mailer.idle();
    mailer.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toBe('notification e-mail not sent');
    const logged = JSON.stringify(warnings);
    expect(logged).toContain('ECONNREFUSED');
    expect(logged).not.toContain('s3cret-smtp-pass');
  });
});
