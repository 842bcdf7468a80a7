import type { Team, User } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import type { UsersTable } from '../db/tables/users.js';

export type UserRow = UsersTable;

/** Users as the API shows them, with their teams (never the password hash). */
export async function toUsers(db: Db, rows: readonly UserRow[]): Promise<User[]> {
  if (rows.length === 0) return [];
  const memberships = await db
    .selectFrom('team_members')
    .innerJoin('teams', 'teams.id', 'team_members.team_id')
    .select(['team_members.user_id', 'teams.id', 'teams.name', 'teams.guideline_team'])
    .where(
      'team_members.user_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('teams.name')
    .execute();
  const teams = new Map<string, Team[]>();
  for (const m of memberships) {
    const list = teams.get(m.user_id) ?? [];
    list.push({ id: m.id, name: m.name, guidelineTeam: m.guideline_team });
    teams.set(m.user_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    teams: teams.get(r.id) ?? [],
  }));
}

export async function toUser(db: Db, row: UserRow): Promise<User> {
  const [user] = await toUsers(db, [row]);
  if (!user) throw new Error('unreachable: one row in, one user out');
  return user;
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export function listUserRows(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('name').orderBy('email').execute();
}

/** Users' names by id, for the people a listing mentions (unknown and null ids are left out). */
export async function userNames(
  db: Db,
  ids: Iterable<string | null>,
): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
