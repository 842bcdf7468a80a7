import type { TrainingCoverageResponse, TrainingStatus } from '@leidraad/contract';
import type { Guideline } from '@leidraad/core';
import type { Db } from '../db/database.js';
import { listUserRows, toUsers } from './users.js';

const NOT_TAKEN: TrainingStatus = { passed: false, passedAt: null, bestScore: null, attempts: 0 };

/** Per module id: whether the user passed it (and when first), best score, attempts. */
export async function trainingStatusOf(
  db: Db,
  userId: string,
): Promise<(moduleId: string) => TrainingStatus> {
  const rows = await db
    .selectFrom('training_attempts')
    .select(['module_id', 'correct', 'total', 'passed', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const statuses = new Map<string, TrainingStatus>();
  for (const row of rows) {
    const s = statuses.get(row.module_id) ?? { ...NOT_TAKEN };
    const score = row.total === 0 ? 1 : row.correct / row.total;
    s.attempts += 1;
    s.bestScore = s.bestScore === null ? score : Math.max(s.bestScore, score);
    if (row.passed === 1 && !s.passed) {
      s.passed = true;
      s.passedAt = row.created_at;
    }
    statuses.set(row.module_id, s);
  }
  return (moduleId) => statuses.get(moduleId) ?? NOT_TAKEN;
}

/**
 * Training coverage: per team (every team, then the people in no team) how many members
 * passed each module of the guideline and acknowledged the version; and the same per person.
 * A person in two teams counts in both.
 */
export async function trainingCoverage(
  db: Db,
  guideline: Guideline,
  version: number,
): Promise<TrainingCoverageResponse> {
  const [rows, teams, passedRows, acks] = await Promise.all([
    listUserRows(db),
    db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute(),
    db
      .selectFrom('training_attempts')
      .select(['user_id', 'module_id'])
      .distinct()
      .where('passed', '=', 1)
      .execute(),
    db.selectFrom('acknowledgements').select('user_id').where('version', '=', version).execute(),
  ]);
  const users = await toUsers(db, rows);
  const modules = guideline.training.modules.map((m) => ({ id: m.id, title: m.title }));
  const known = new Set(modules.map((m) => m.id));
  const passedBy = new Map<string, Set<string>>();
  for (const p of passedRows) {
    if (!known.has(p.module_id)) continue;
    const set = passedBy.get(p.user_id) ?? new Set<string>();
    set.add(p.module_id);
    passedBy.set(p.user_id, set);
  }
  const acknowledged = new Set(acks.map((a) => a.user_id));

  const people = users.map((user) => ({
    user,
    passed: modules.filter((m) => passedBy.get(user.id)?.has(m.id)).map((m) => m.id),
    acknowledged: acknowledged.has(user.id),
  }));

  function row(team: { id: string; name: string } | null, members: typeof people) {
    const passed: Record<string, number> = {};
    for (const m of modules) passed[m.id] = members.filter((p) => p.passed.includes(m.id)).length;
    return {
      team,
      members: members.length,
      passed,
      acknowledged: members.filter((p) => p.acknowledged).length,
    };
  }

  return {
    version,
    modules,
    teams: [
      ...teams.map((team) =>
        row(
          team,
          people.filter((p) => p.user.teams.some((t) => t.id === team.id)),
        ),
      ),
      row(
        null,
        people.filter((p) => p.user.teams.length === 0),
      ),
    ],
    people,
  };
}
