import type { Db } from '../db/database.js';
import { badRequest } from '../errors.js';

/** Replaces a user's teams; every id must name a team. Runs in the caller's transaction. */
export async function setTeams(trx: Db, userId: string, teamIds: readonly string[]): Promise<void> {
  const unique = [...new Set(teamIds)];
  if (unique.length > 0) {
    const found = await trx.selectFrom('teams').select('id').where('id', 'in', unique).execute();
    if (found.length !== unique.length) {
      const known = new Set(found.map((t) => t.id));
      const index = teamIds.findIndex((id) => !known.has(id));
      throw badRequest(`Unknown team "${teamIds[index]}".`, `teamIds[${index}]`);
    }
  }
  await trx.deleteFrom('team_members').where('user_id', '=', userId).execute();
  if (unique.length > 0) {
    await trx
      .insertInto('team_members')
      .values(unique.map((team_id) => ({ team_id, user_id: userId })))
      .execute();
  }
}
