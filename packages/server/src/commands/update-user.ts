import type { UpdateUserRequest } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import { ApiError, notFound } from '../errors.js';
import { findUserById, type UserRow } from '../queries/users.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { setTeams } from './team-membership.js';

/** Changes name, role and/or teams; the last administrator cannot be demoted. */
export async function updateUser(
  db: Db,
  id: string,
  input: UpdateUserRequest,
  meta: AuditMeta = {},
): Promise<UserRow> {
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
    const teamsBefore = await teamIdsOf(trx, id);
    if (input.teamIds !== undefined) await setTeams(trx, id, input.teamIds);
    const updated = { ...user, ...changes };
    const teamsAfter = input.teamIds === undefined ? teamsBefore : await teamIdsOf(trx, id);
    const before = { name: user.name, role: user.role, teamIds: teamsBefore };
    const after = { name: updated.name, role: updated.role, teamIds: teamsAfter };
    const accessChanged =
      before.role !== after.role || before.teamIds.join('\n') !== after.teamIds.join('\n');
    if (!accessChanged && before.name === after.name) return updated;
    await recordEvent(trx, {
      action: accessChanged ? 'role-change' : 'user-update',
      actorId: meta.actorId ?? null,
      targetType: 'user',
      targetId: id,
      before,
      after,
      requestId: meta.requestId,
    });
    return updated;
  });
}

async function teamIdsOf(trx: Db, userId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('team_members')
    .select('team_id')
    .where('user_id', '=', userId)
    .orderBy('team_id')
    .execute();
  return rows.map((r) => r.team_id);
}
