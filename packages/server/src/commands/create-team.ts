import type { Team } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import { ApiError } from '../errors.js';
import { newId } from '../security/tokens.js';
import { type AuditMeta, recordEvent } from './record-event.js';

export async function createTeam(db: Db, name: string, meta: AuditMeta = {}): Promise<Team> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('teams')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    if (existing) {
      throw new ApiError('conflict', `A team named "${name}" already exists.`, { field: 'name' });
    }
    const team = { id: newId(), name, guidelineTeam: null };
    await trx.insertInto('teams').values({ id: team.id, name, guideline_team: null }).execute();
    await recordEvent(trx, {
      action: 'team-create',
      actorId: meta.actorId ?? null,
      targetType: 'team',
      targetId: team.id,
      after: { name },
      requestId: meta.requestId,
    });
    return team;
  });
}
