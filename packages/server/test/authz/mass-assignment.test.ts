import { type Phase, ROLES, type Role } from '@leidraad/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../src/app.js';
import { setPhase, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';
import { type Actor, actor } from './fixtures.js';
import { type Case, expectedOf, SPECS } from './routes.js';

/** Fields a write body must never be able to set, in both spellings. */
const SENSITIVE = [
  'role',
  'authorId',
  'author_id',
  'userId',
  'user_id',
  'status',
  'approvedBy',
  'approved_by',
  'decidedBy',
  'decided_by',
  'actorId',
  'actor_id',
  'visibility',
  'passed',
  'correct',
  'revision',
  'step',
  'phase',
  'guidelineTeam',
  'guideline_team',
  'publishedBy',
  'published_by',
  'overrideBy',
  'override_by',
  'id',
  'createdAt',
  'created_at',
] as const;

/** Fields some routes do take on purpose (an administrator sets a user's role). */
const TAKES: Record<string, readonly string[]> = {
  'PATCH /api/users/:id': ['role', 'teamIds'],
  'POST /api/users': ['role', 'teamIds'],
  'PUT /api/phase': ['phase'],
};

const PHASE: Phase = 'mature';
let marks = 0;

/**
 * Mass assignment, for every write route of the API: extra fields with a unique marker as
 * value are sent along with a valid body by someone allowed to call the route, and afterwards
 * no row of any table holds the marker.
 */
describe.each(DIALECTS)('extra fields in write bodies are never stored (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('stores none of them, on every POST, PUT and PATCH route', async () => {
    const actors = new Map<Role, Actor>();
    for (const role of ROLES) actors.set(role, await actor(t.app, role));
    const other = await actor(t.app, 'employee');
    let tried = 0;
    for (const [key, spec] of Object.entries(SPECS)) {
      const [method] = key.split(' ');
      if (method === 'GET' || method === 'DELETE' || spec.needs === 'public') continue;
      const role = ROLES.find(
        (r) =>
          expectedOf(spec, {
            role: r,
            phase: PHASE,
            owner: 'own',
            actor: actors.get(r) as Actor,
            other,
          }) === 'allow',
      );
      if (!role) continue;
      const me = actors.get(role) as Actor;
      const c: Case = { role, phase: PHASE, owner: 'own', actor: me, other };
      const takes = TAKES[key] ?? [];
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.constantFrom(...SENSITIVE.filter((f) => !takes.includes(f))), {
            minLength: 1,
            maxLength: 6,
          }),
          async (fields) => {
            await setPhase(t.app, PHASE);
            const built = await spec.build(t.app, c);
            const mark = `m4ss-${dialect}-${++marks}`;
            const body =
              built.payload !== undefined && typeof built.payload === 'object'
                ? { ...(built.payload as object) }
                : {};
            for (const f of fields) (body as Record<string, unknown>)[f] = mark;
            const res = await t.app.inject({
              method: method as 'POST',
              url: built.url ?? key.split(' ')[1],
              payload: body,
              headers: { authorization: `Bearer ${me.token}` },
            });
            expect(res.statusCode, `${key}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
            expect(await stored(t.app, mark), `${key} stored one of ${fields.join(', ')}`).toEqual(
              [],
            );
          },
        ),
        { numRuns: 4 },
      );
      tried++;
    }
    expect(tried).toBeGreaterThan(20);
  }, 300_000);
});

/** The tables whose rows hold the marker anywhere. */
async function stored(app: Parameters<typeof servicesOf>[0], mark: string): Promise<string[]> {
  const { db } = servicesOf(app);
  const found: string[] = [];
  for (const table of await db.introspection.getTables()) {
    if (table.name.startsWith('kysely_')) continue;
    // biome-ignore lint/suspicious/noExplicitAny: every table, whatever its columns
    const rows = await (db as any).selectFrom(table.name).selectAll().execute();
    if (JSON.stringify(rows).includes(mark)) found.push(table.name);
  }
  return found;
}
