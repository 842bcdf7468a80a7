import { spawn } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../src/commands/record-event.js';
import { connect } from '../../src/db/connect.js';
import type { Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { AuditEventsTable } from '../../src/db/tables/audit-events.js';
import { auditEvents, auditHead, verifyChain } from '../../src/queries/audit.js';
import {
  AUDIT_COLUMNS,
  eventHash,
  GENESIS_HASH,
  verifyRows,
} from '../../src/security/audit-chain.js';
import { createTestDatabase, DIALECTS, type TestDialect } from '../helpers/databases.js';

const EVENTS = 3000;
/** Every column but `seq`, which the tampering property changes separately. */
const FIELDS = AUDIT_COLUMNS.filter((c) => c !== 'seq');

type Row = AuditEventsTable;

function useDatabase(dialect: TestDialect) {
  const ctx = {} as { db: Db; url: string; dialect: TestDialect };
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    drop = database.drop;
    ctx.url = database.url;
    ctx.dialect = dialect;
    ctx.db = connect(database.url).db;
    await migrateToLatest(ctx.db);
  });
  afterAll(async () => {
    await ctx.db?.destroy();
    await drop?.();
  });
  return ctx;
}

async function append(db: Db, n: number, actor = 'loop'): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++) {
      await recordEvent(trx, {
        action: i % 3 === 0 ? 'role-change' : 'draft-save',
        actorId: i % 7 === 0 ? null : `${actor}-${i % 11}`,
        targetType: 'user',
        targetId: String(i),
        before: i % 2 === 0 ? { role: 'employee', teamIds: [] } : null,
        after: { role: 'webcare-agent', i },
        requestId: i % 5 === 0 ? null : `req-${i}`,
      });
    }
  });
}

/** Rewrites the table behind the triggers' back, as an attacker with database access could. */
async function tamper(ctx: { db: Db; dialect: TestDialect }, change: (db: Db) => Promise<unknown>) {
  await ctx.db.transaction().execute(async (trx) => {
    if (ctx.dialect === 'postgres') {
      await sql`alter table audit_events disable trigger user`.execute(trx);
      await change(trx);
      await sql`alter table audit_events enable trigger user`.execute(trx);
    } else {
      await sql`drop trigger audit_events_no_update`.execute(trx);
      await sql`drop trigger audit_events_no_delete`.execute(trx);
      await change(trx);
      await sql`create trigger audit_events_no_update before update on audit_events
        begin select raise(abort, 'audit_events is append-only'); end`.execute(trx);
      await sql`create trigger audit_events_no_delete before delete on audit_events
        begin select raise(abort, 'audit_events is append-only'); end`.execute(trx);
    }
  });
}

/** A row that links correctly to `prev` (a forger who knows the algorithm). */
function forged(seq: number, prev: string): Row {
  const row = {
    seq,
    at: '2026-01-01T00:00:00.000Z',
    actor_id: 'mallory',
    action: 'role-change',
    target_type: 'user',
    target_id: 'mallory',
    before_json: '{"role":"employee"}',
    after_json: '{"role":"administrator"}',
    request_id: null,
    prev_hash: prev,
  };
  return { ...row, hash: eventHash(row) };
}

describe.each(DIALECTS)('the audit hash chain (%s)', (dialect) => {
  const ctx = useDatabase(dialect);
  const rows: Row[] = [];

  it('an empty log verifies, with the genesis hash as head', async () => {
    expect(await verifyChain(ctx.db)).toEqual({
      ok: true,
      count: 0,
      head: { seq: 0, hash: GENESIS_HASH, at: null },
    });
  });

  it('an event recorded in a transaction that fails is not written', async () => {
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await recordEvent(trx, { action: 'x', actorId: null, targetType: 't', targetId: null });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await auditHead(ctx.db)).seq).toBe(0);
  });

  it(`appends ${EVENTS} events in one unbroken chain`, async () => {
    await append(ctx.db, EVENTS);
    for await (const row of auditEvents(ctx.db)) rows.push(row);
    expect(rows).toHaveLength(EVENTS);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    const head = await auditHead(ctx.db);
    expect(head.seq).toBe(EVENTS);
    expect(await verifyChain(ctx.db)).toEqual({ ok: true, count: EVENTS, head });
    expect(await verifyChain(ctx.db, head)).toMatchObject({ ok: true });
  });

  it('refuses UPDATE and DELETE (append-only)', async () => {
    await expect(
      ctx.db.updateTable('audit_events').set({ action: 'x' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(ctx.db.deleteFrom('audit_events').where('seq', '=', 1).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it('detects a changed, deleted, reordered or inserted row and names the first broken seq', () => {
    const n = rows.length;
    const seqArb = fc.integer({ min: 1, max: n });
    const change = fc.record({
      kind: fc.constant('change' as const),
      k: seqArb,
      field: fc.constantFrom(...FIELDS),
      value: fc.string({ maxLength: 20 }),
    });
    const remove = fc.record({
      kind: fc.constant('delete' as const),
      k: fc.integer({ min: 1, max: n - 1 }),
    });
    const swap = fc
      .record({ kind: fc.constant('swap' as const), i: seqArb, j: seqArb })
      .filter(({ i, j }) => i !== j);
    const insert = fc.record({
      kind: fc.constant('insert' as const),
      k: seqArb,
      valid: fc.boolean(),
      renumber: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.oneof(change, remove, swap, insert), (m) => {
        const copy = rows.map((r) => ({ ...r }));
        let expected: number;
        if (m.kind === 'change') {
          const row = copy[m.k - 1] as Row;
          fc.pre(row[m.field] !== m.value);
          (row as unknown as Record<string, string | null>)[m.field] = m.value;
          expected = m.k;
        } else if (m.kind === 'delete') {
          copy.splice(m.k - 1, 1);
          expected = m.k;
        } else if (m.kind === 'swap') {
          const [a, b] = [Math.min(m.i, m.j), Math.max(m.i, m.j)];
          const ra = copy[a - 1] as Row;
          const rb = copy[b - 1] as Row;
          copy[a - 1] = { ...rb, seq: a };
          copy[b - 1] = { ...ra, seq: b };
          expected = a;
        } else {
          const prev = m.k === 1 ? GENESIS_HASH : (copy[m.k - 2] as Row).hash;
          const row = forged(m.k, prev);
          if (!m.valid) row.hash = 'f'.repeat(64);
          if (m.renumber) for (const r of copy.slice(m.k - 1)) r.seq += 1;
          copy.splice(m.k - 1, 0, row);
          // a forged but well-linked row passes; the displaced original breaks (its seq changed
          // or repeats); with renumbering that is the next seq
          expected = m.valid && m.renumber ? m.k + 1 : m.k;
        }
        const result = verifyRows(copy);
        expect(result).toMatchObject({ ok: false, brokenAt: expected });
      }),
      { numRuns: 300 },
    );
  });

  it('detects that the newest rows were cut off, given the exported head', () => {
    const head = { seq: rows.length, hash: (rows[rows.length - 1] as Row).hash };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: rows.length }), (cut) => {
        const kept = rows.slice(0, rows.length - cut);
        expect(verifyRows(kept)).toMatchObject({ ok: true, count: kept.length });
        const result = verifyRows(kept, head);
        expect(result).toMatchObject({ ok: false, brokenAt: kept.length + 1 });
        if (!result.ok) expect(result.reason).toMatch(/cut off/);
      }),
      { numRuns: 100 },
    );
    // a rewritten tail (every hash recomputed after an insert) no longer matches the head
    const rewritten: Row[] = [];
    let prev = GENESIS_HASH;
    for (const [i, r] of rows.entries()) {
      const { hash: _old, ...rest } =
        i === 10 ? forged(11, prev) : { ...r, seq: i + 1, prev_hash: prev };
      const row = { ...rest, seq: i + 1, prev_hash: prev };
      const next = { ...row, hash: eventHash(row) };
      rewritten.push(next);
      prev = next.hash;
    }
    expect(verifyRows(rewritten)).toMatchObject({ ok: true });
    expect(verifyRows(rewritten, head)).toMatchObject({ ok: false, brokenAt: head.seq });
  });

  it('detects tampering in the database itself', async () => {
    await tamper(ctx, (db) =>
      db
        .updateTable('audit_events')
        .set({ after_json: '{"role":"administrator"}' })
        .where('seq', '=', 1234)
        .execute(),
    );
    expect(await verifyChain(ctx.db)).toMatchObject({ ok: false, brokenAt: 1234 });
    const original = rows[1233] as Row;
    await tamper(ctx, (db) =>
      db
        .updateTable('audit_events')
        .set({ after_json: original.after_json })
        .where('seq', '=', 1234)
        .execute(),
    );
    expect(await verifyChain(ctx.db)).toMatchObject({ ok: true });
    await tamper(ctx, (db) => db.deleteFrom('audit_events').where('seq', '=', 2500).execute());
    expect(await verifyChain(ctx.db)).toMatchObject({ ok: false, brokenAt: 2500 });
    const head = { seq: EVENTS, hash: (rows[EVENTS - 1] as Row).hash };
    await tamper(ctx, (db) => db.deleteFrom('audit_events').where('seq', '>=', 2500).execute());
    expect(await verifyChain(ctx.db)).toMatchObject({ ok: true, count: 2499 });
    expect(await verifyChain(ctx.db, head)).toMatchObject({ ok: false, brokenAt: 2500 });
    await tamper(ctx, (db) => db.insertInto('audit_events').values(rows.slice(2499)).execute());
    expect(await verifyChain(ctx.db, head)).toMatchObject({ ok: true, count: EVENTS });
  });

  it('keeps one chain when two processes append 200 events at once', async () => {
    const before = (await auditHead(ctx.db)).seq;
    const worker = join(import.meta.dirname, 'append-worker.ts');
    const run = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker, ctx.url, '100', name], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr))));
      });
    await Promise.all([run('a'), run('b')]);
    const result = await verifyChain(ctx.db);
    expect(result).toMatchObject({ ok: true, count: before + 200 });
  }, 60_000);

  it('keeps one chain when two connections append 200 events at once (PostgreSQL)', async () => {
    if (ctx.dialect !== 'postgres') return; // SQLite: one connection per process (see above)
    const before = (await auditHead(ctx.db)).seq;
    const other = connect(ctx.url).db;
    try {
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          (i % 2 ? ctx.db : other).transaction().execute((trx) =>
            recordEvent(trx, {
              action: 'draft-save',
              actorId: null,
              targetType: 'draft',
              targetId: String(i),
            }),
          ),
        ),
      );
    } finally {
      await other.destroy();
    }
    expect(await verifyChain(ctx.db)).toMatchObject({ ok: true, count: before + 200 });
  });
});
