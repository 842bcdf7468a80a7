import type { Capability, Phase, PhaseChange } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import { ApiError } from '../errors.js';
import { type AccessService, PHASE_SETTING } from '../plugins/app/access.js';
import { listUserRows } from '../queries/users.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

export type PhasePreview = {
  from: Phase;
  to: Phase;
  people: (PhaseChange & { now: Capability[]; after: Capability[] })[];
};

/** What every user may do now and may do in phase `to`, and the difference. */
export async function previewPhase(
  db: Db,
  access: AccessService,
  to: Phase,
): Promise<PhasePreview> {
  const from = await access.phase();
  const users = await listUserRows(db);
  const people = await Promise.all(
    users.map(async (user) => {
      const [now, inPhase] = await Promise.all([
        access.forUser(user, from),
        access.forUser(user, to),
      ]);
      const before = new Set(now.capabilities);
      const after = new Set(inPhase.capabilities);
      return {
        user: { id: user.id, name: user.name, email: user.email },
        now: now.capabilities,
        after: inPhase.capabilities,
        gained: inPhase.capabilities.filter((c) => !before.has(c)),
        lost: now.capabilities.filter((c) => !after.has(c)),
      };
    }),
  );
  return { from, to, people };
}

/**
 * Sets the organisation's maturity phase. Access is computed per request, so the new
 * permissions apply from the next request on. Writes the setting and one audit event with
 * who gained and who lost what, in one transaction. Setting the current phase again changes
 * nothing and logs nothing. 409 when the phase is no longer `expectedFrom` (the phase the
 * person saw the preview in), or changed while this change was being computed.
 */
export async function changePhase(
  db: Db,
  access: AccessService,
  to: Phase,
  userId: string,
  meta: AuditMeta = {},
  expectedFrom?: Phase,
): Promise<{ phase: Phase; changes: PhaseChange[] }> {
  const preview = await previewPhase(db, access, to);
  if (expectedFrom !== undefined && preview.from !== expectedFrom)
    throw changedMeanwhile(preview.from);
  if (preview.from === to) return { phase: to, changes: [] };
  const changes = preview.people
    .filter((p) => p.gained.length > 0 || p.lost.length > 0)
    .map(({ user, gained, lost }) => ({ user, gained, lost }));
  await db.transaction().execute(async (trx) => {
    // Read again inside the transaction: the changes above were computed from this phase.
    // (Without the setting the phase is still the guideline's, which the preview used.)
    const row = await trx
      .selectFrom('organisation_settings')
      .select('value')
      .where('key', '=', PHASE_SETTING)
      .executeTakeFirst();
    const current = row?.value ?? preview.from;
    if (current !== preview.from) throw changedMeanwhile(current);
    const now = isoNow();
    await trx
      .insertInto('organisation_settings')
      .values({ key: PHASE_SETTING, value: to, updated_by: userId, updated_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: to, updated_by: userId, updated_at: now }),
      )
      .execute();
    await recordEvent(trx, {
      action: 'phase-change',
      actorId: meta.actorId ?? userId,
      targetType: 'organisation-setting',
      targetId: PHASE_SETTING,
      before: { phase: preview.from },
      after: {
        phase: to,
        changes: changes.map((c) => ({ user: c.user.id, gained: c.gained, lost: c.lost })),
      },
      requestId: meta.requestId,
    });
  });
  return { phase: to, changes };
}

function changedMeanwhile(current: string): ApiError {
  return new ApiError(
    'conflict',
    `The phase has been changed to "${current}" meanwhile; look at the changes again.`,
  );
}
