import type { Guideline } from '@leidraad/core';
import type { Db } from '../db/database.js';
import { newId } from '../security/tokens.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/**
 * Makes sure every team the guideline names exists in Leidraad, so members can be put in it
 * and the guideline's team permissions and review steps reach them. A team with the same name
 * that is not yet linked gets linked; otherwise the team is created. Teams are never removed:
 * a team the guideline no longer names simply grants nothing. Run inside the caller's
 * transaction; writes one audit event per team it creates or links.
 */
export async function syncGuidelineTeams(
  trx: Db,
  guideline: Pick<Guideline, 'responsibilities'>,
  meta: AuditMeta = {},
): Promise<void> {
  const existing = await trx.selectFrom('teams').select(['id', 'name', 'guideline_team']).execute();
  const linked = new Set(existing.map((t) => t.guideline_team).filter((t) => t !== null));
  for (const team of guideline.responsibilities.teams) {
    if (linked.has(team.id)) continue;
    const sameName = existing.find((t) => t.name === team.name && t.guideline_team === null);
    if (sameName) {
      await trx
        .updateTable('teams')
        .set({ guideline_team: team.id })
        .where('id', '=', sameName.id)
        .execute();
      await recordEvent(trx, {
        action: 'team-link',
        actorId: meta.actorId ?? null,
        targetType: 'team',
        targetId: sameName.id,
        before: { guidelineTeam: null },
        after: { guidelineTeam: team.id },
        requestId: meta.requestId,
      });
      continue;
    }
    const taken = existing.some((t) => t.name === team.name);
    const row = {
      id: newId(),
      name: taken ? `${team.name} (${team.id})` : team.name,
      guideline_team: team.id,
    };
    await trx.insertInto('teams').values(row).execute();
    await recordEvent(trx, {
      action: 'team-create',
      actorId: meta.actorId ?? null,
      targetType: 'team',
      targetId: row.id,
      after: { name: row.name, guidelineTeam: team.id },
      requestId: meta.requestId,
    });
  }
}
