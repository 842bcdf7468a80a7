import type { UpdateUserRequest } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import { ApiError, notFound } from '../errors.js';
import { findUserById, type UserRow } from '../queries/users.js';
import { setTeams } from './team-membership.js';

/** Changes name, role and/or teams; the last administrator cannot be demoted. */
export async function updateUser(db: Db, id: string, input: UpdateUserRequest): Promise<UserRow> {
  return db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, id);
    if (!user) throw notFound('No such user.');
    if (
      input.role !== undefined &&
      input.role !== 'administrator' &&
      user.role === 'administrator'
    ) {
      const admins = await trx
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'administrator')
        .limit(2)
        .execute();
      if (admins.length < 2) {
        throw new ApiError('conflict', 'The last administrator cannot lose that role.', {
          field: 'role',
        });
      }
    }
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await trx.updateTable('users').set(changes).where('id', '=', id).execute();
    }
    if (input.teamIds !== undefined) await setTeams(trx, id, input.teamIds);
    return { ...user, ...changes };
  });
}
