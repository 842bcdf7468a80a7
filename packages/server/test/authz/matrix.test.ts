import { PHASES, ROLES, type Role } from '@leidraad/contract';
import { describe, expect, it } from 'vitest';
import { routesOf } from '../../src/app.js';
import { setPhase, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';
import { type Actor, actor, fingerprint } from './fixtures.js';
import { type Case, expectedOf, type Owner, SPECS } from './routes.js';

/**
 * The authorization matrix: every registered route × every role × every maturity phase ×
 * own/foreign object, against the expected answer written out in policy.ts and routes.ts.
 * A route without a spec fails; an unexpected allow fails; a foreign object answers 404; a
 * denied request leaves every row of every table as it was.
 */
describe.each(DIALECTS)('authorization matrix (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('has a spec for every registered route, and no spec for a route that does not exist', async () => {
    const registered = routesOf(t.app).map((r) => `${r.method} ${r.url}`);
    expect(
      registered.filter((r) => !(r in SPECS)),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      Object.keys(SPECS).filter((s) => !registered.includes(s)),
      'stale specs',
    ).toEqual([]);
  });

  it('answers every route, role, phase and owner as the policy says; denied requests change nothing', async () => {
    const actors = new Map<Role, Actor>();
    for (const role of ROLES) actors.set(role, await actor(t.app, role));
    const other = await actor(t.app, 'employee');
    const problems: string[] = [];
    let cells = 0;
    for (const phase of PHASES) {
      for (const [key, spec] of Object.entries(SPECS)) {
        const [method, pattern] = key.split(' ') as [string, string];
        const owners: Owner[] = spec.object ? ['own', 'foreign'] : ['own'];
        for (const role of ROLES) {
          for (const owner of owners) {
            const me = actors.get(role) as Actor;
            const c: Case = { role, phase, owner, actor: me, other };
            const expected = expectedOf(spec, c);
            await setPhase(t.app, phase);
            const built = await spec.build(t.app, c);
            const before = expected === 'allow' ? undefined : await fingerprint(t.app);
            const res = await t.app.inject({
              method: method as 'GET',
              url: built.url ?? pattern,
              ...(built.payload === undefined ? {} : { payload: built.payload as object }),
              headers: spec.needs === 'public' ? {} : { authorization: `Bearer ${me.token}` },
            });
            cells++;
            const cell = `${key} as ${role} in ${phase} on ${owner}`;
            const got = res.statusCode;
            if (got >= 500) problems.push(`${cell}: ${got} ${res.body.slice(0, 200)}`);
            else if (spec.needs === 'public') {
              // Public routes answer on their own terms (a wrong password is a 401).
            } else if (expected === 'allow') {
              if (got === 401 || got === 403 || got === 404) {
                problems.push(`${cell}: expected allowed, got ${got} ${res.body.slice(0, 200)}`);
              }
            } else if (got !== expected) {
              problems.push(`${cell}: expected ${expected}, got ${got} ${res.body.slice(0, 200)}`);
            } else if (before !== (await fingerprint(t.app))) {
              problems.push(`${cell}: denied with ${got} but the database changed`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThan(Object.keys(SPECS).length * ROLES.length * PHASES.length - 1);
  }, 600_000);
});
