import type { Action, Capability, Phase } from '@leidraad/contract';
import { capabilitiesOf, type Person, phaseIdSchema } from '@leidraad/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { ApiError } from '../../errors.js';
import type { UserRow } from '../../queries/users.js';
import { type AppAbility, defineAbilities } from '../../security/abilities.js';
import type { Auth } from './auth.js';
import type { CompiledVersion, Guidelines } from './guidelines.js';
import { permissionsOf } from './permissions.js';

/** The organisation setting that holds the current maturity phase. */
export const PHASE_SETTING = 'phase';

/** Everything a person may do right now, computed in one place. */
export type Access = {
  user: UserRow;
  person: Person;
  phase: Phase;
  guideline: CompiledVersion;
  capabilities: Capability[];
  permissions: Action[];
  ability: AppAbility;
};

export type AccessService = {
  /**
   * A preHandler to run after `auth.guard()`: computes the signed-in person's access and
   * answers 403 when it lacks the permission.
   */
  require(permission?: Action): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** The access `require` computed for this request. */
  of(request: FastifyRequest): Access;
  /** A user's access now (or in another phase), e.g. to show who gains what. */
  forUser(user: UserRow, phase?: Phase): Promise<Access>;
  /** The organisation's current phase: the setting, else the published guideline's. */
  phase(db?: Db): Promise<Phase>;
};

export function createAccess(db: Db, auth: Auth, guidelines: Guidelines): AccessService {
  const computed = new WeakMap<FastifyRequest, Access>();

  async function currentPhase(from: Db = db): Promise<Phase> {
    const row = await from
      .selectFrom('organisation_settings')
      .select('value')
      .where('key', '=', PHASE_SETTING)
      .executeTakeFirst();
    const parsed = phaseIdSchema.safeParse(row?.value);
    if (parsed.success) return parsed.data;
    return (await guidelines.current()).guideline.maturity.phase;
  }

  async function personOf(user: UserRow): Promise<Person> {
    const [teams, passed] = await Promise.all([
      db
        .selectFrom('team_members')
        .innerJoin('teams', 'teams.id', 'team_members.team_id')
        .select('teams.guideline_team')
        .where('team_members.user_id', '=', user.id)
        .where('teams.guideline_team', 'is not', null)
        .execute(),
      db
        .selectFrom('training_attempts')
        .select('module_id')
        .distinct()
        .where('user_id', '=', user.id)
        .where('passed', '=', 1)
        .execute(),
    ]);
    return {
      role: user.role,
      teams: teams.flatMap((t) => (t.guideline_team === null ? [] : [t.guideline_team])),
      trainings: passed.map((t) => t.module_id),
    };
  }

  async function forUser(user: UserRow, phase?: Phase): Promise<Access> {
    const [guideline, person, now] = await Promise.all([
      guidelines.current(),
      personOf(user),
      phase === undefined ? currentPhase() : Promise.resolve(phase),
    ]);
    const capabilities = capabilitiesOf(guideline.guideline, now, person);
    return {
      user,
      person,
      phase: now,
      guideline,
      capabilities,
      permissions: permissionsOf(user.role, capabilities),
      ability: defineAbilities(user, capabilities),
    };
  }

  return {
    require(permission) {
      return async (request) => {
        const access = await forUser(auth.principal(request).user);
        if (permission !== undefined && !access.permissions.includes(permission)) {
          throw new ApiError(
            'forbidden',
            `You may not do this now (${permission}): the guideline does not give your role, teams or training this in the current phase.`,
          );
        }
        computed.set(request, access);
      };
    },
    of(request) {
      const access = computed.get(request);
      if (!access) throw new Error('access.require() did not run for this route');
      return access;
    },
    forUser,
    phase: currentPhase,
  };
}
