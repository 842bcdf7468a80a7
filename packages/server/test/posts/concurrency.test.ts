import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, servicesOf } from '../../src/app.js';
import { ensureGuideline } from '../../src/commands/bootstrap.js';
import { verifyChain } from '../../src/queries/audit.js';
import { BUILTIN_SOURCE, setPhase, TEST_ARGON2 } from '../helpers/app.js';
import { createTestDatabase, DIALECTS } from '../helpers/databases.js';
import { CLEAN, type Person, person, submit } from './helpers.js';

const POSTS = 12;
const REVIEWERS = 3;
const DECISIONS = [
  { decision: 'approve' },
  { decision: 'reject', comment: 'Niet zo.' },
  { decision: 'changes', comment: 'Iets korter graag.' },
] as const;

type Job = { postId: string; headers: Record<string, string>; body: Record<string, unknown> };
type Outcome = { postId: string; status: number; code: string | null };

/** Starts a server process, waits until it is ready, then hands it its jobs on `go()`. */
function worker(url: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'review-worker.ts'), url],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout.on('data', (d) => {
    stdout += d;
    if (stdout.startsWith('ready\n')) onReady();
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<Outcome[]>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`worker failed (${code}): ${stderr}`));
      const line = stdout.split('\n')[1] ?? '[]';
      resolve(JSON.parse(line) as Outcome[]);
    });
  });
  return {
    ready,
    go(jobs: Job[]) {
      child.stdin.write(`${JSON.stringify(jobs)}\n`);
      child.stdin.end();
      return done;
    },
  };
}

describe.each(DIALECTS)('simultaneous decisions from two server processes (%s)', (dialect) => {
  let app: FastifyInstance;
  let url: string;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    drop = database.drop;
    url = database.url;
    app = await createApp({
      databaseUrl: url,
      argon2: TEST_ARGON2,
      webDist: '/nonexistent',
      versionTtlMs: 0,
    });
    await ensureGuideline(servicesOf(app).db, BUILTIN_SOURCE, 'test');
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('records exactly one decision and one audit event per step; the rest get 409', async () => {
    await setPhase(app, 'pioneer');
    const author = await person(app, 'communications-lead');
    const reviewers: Person[] = [];
    for (let i = 0; i < REVIEWERS; i++) reviewers.push(await person(app, 'communications-lead'));
    const ids: string[] = [];
    for (let i = 0; i < POSTS; i++) {
      const res = await submit(app, author, { text: CLEAN, channel: 'x', as: 'corporate' });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().post.id);
    }
    // every reviewer decides every post, from both processes, with mixed decisions
    const jobsFor = (offset: number): Job[] =>
      ids.flatMap((postId, p) =>
        reviewers.map((r, i) => ({
          postId,
          headers: r.session.headers,
          body: { revision: 1, ...DECISIONS[(p + i + offset) % DECISIONS.length] },
        })),
      );
    const a = worker(url);
    const b = worker(url);
    await Promise.all([a.ready, b.ready]);
    const outcomes = (await Promise.all([a.go(jobsFor(0)), b.go(jobsFor(1))])).flat();

    expect(outcomes).toHaveLength(2 * POSTS * REVIEWERS);
    for (const o of outcomes) expect([200, 409]).toContain(o.status);
    for (const postId of ids) {
      const mine = outcomes.filter((o) => o.postId === postId);
      expect(mine.filter((o) => o.status === 200)).toHaveLength(1);
      expect(mine.filter((o) => o.status === 409).every((o) => o.code === 'conflict')).toBe(true);
    }

    const { db } = servicesOf(app);
    const decisions = await db
      .selectFrom('post_reviews')
      .select(['post_id', 'decision'])
      .where('post_id', 'in', ids)
      .execute();
    const events = await db
      .selectFrom('audit_events')
      .select(['target_id', 'action'])
      .where('target_id', 'in', ids)
      .where('action', 'in', ['post-approve', 'post-reject', 'post-changes-request'])
      .execute();
    const notifications = await db
      .selectFrom('notifications')
      .select('post_id')
      .where('post_id', 'in', ids)
      .execute();
    const posts = await db
      .selectFrom('posts')
      .select(['id', 'status'])
      .where('id', 'in', ids)
      .execute();
    const STATUS = { approve: 'approved', reject: 'rejected', changes: 'changes-requested' };
    const ACTION = {
      approve: 'post-approve',
      reject: 'post-reject',
      changes: 'post-changes-request',
    };
    for (const postId of ids) {
      const decided = decisions.filter((d) => d.post_id === postId);
      expect(decided).toHaveLength(1);
      const decision = decided[0]?.decision ?? 'approve';
      expect(events.filter((e) => e.target_id === postId)).toEqual([
        { target_id: postId, action: ACTION[decision] },
      ]);
      expect(notifications.filter((n) => n.post_id === postId)).toHaveLength(1);
      expect(posts.find((p) => p.id === postId)?.status).toBe(STATUS[decision]);
    }
    expect(await verifyChain(db)).toMatchObject({ ok: true });
  }, 120_000);
});
