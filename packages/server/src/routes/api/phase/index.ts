import {
  phasePreviewQuerySchema,
  phasePreviewResponseSchema,
  phaseResponseSchema,
  setPhaseRequestSchema,
  setPhaseResponseSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePhase, previewPhase } from '../../../commands/change-phase.js';
import { PHASE_SETTING } from '../../../plugins/app/access.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

/** The organisation's maturity phase: what it is, what changing it would do, changing it. */
export function phaseRoutes({ db, auth, access }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['phase'],
          summary: 'The current maturity phase, who set it when, and the guideline’s phases',
          security,
          response: { 200: phaseResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: [auth.guard(), access.require('guideline:read')],
      },
      async (request) => {
        const { phase, guideline } = access.of(request);
        const setting = await db
          .selectFrom('organisation_settings')
          .leftJoin('users', 'users.id', 'organisation_settings.updated_by')
          .select([
            'organisation_settings.updated_at',
            'organisation_settings.updated_by',
            'users.name',
          ])
          .where('organisation_settings.key', '=', PHASE_SETTING)
          .executeTakeFirst();
        return {
          phase,
          setAt: setting?.updated_at ?? null,
          setBy:
            setting?.updated_by != null
              ? { id: setting.updated_by, name: setting.name ?? '' }
              : null,
          phases: guideline.guideline.maturity.phases.map((p) => ({
            id: p.id,
            name: p.name,
            description: p.description,
            review: p.review ?? null,
            may: p.may,
            teams: p.teams,
          })),
        };
      },
    );

    app.get(
      '/preview',
      {
        schema: {
          tags: ['phase'],
          summary: 'What every user may do now and would be allowed in another phase',
          security,
          querystring: phasePreviewQuerySchema,
          response: { 200: phasePreviewResponseSchema, ...errors(400, ...AUTH_ERRORS) },
        },
        preHandler: [auth.guard(), access.require('phase:set')],
      },
      async (request) => previewPhase(db, access, request.query.phase),
    );

    app.put(
      '/',
      {
        schema: {
          tags: ['phase'],
          summary:
            'Set the maturity phase; applies at once. The current phase again changes nothing',
          security,
          body: setPhaseRequestSchema,
          response: { 200: setPhaseResponseSchema, ...errors(400, ...AUTH_ERRORS, 409) },
        },
        preHandler: [auth.guard(), access.require('phase:set')],
      },
      async (request) =>
        changePhase(
          db,
          access,
          request.body.phase,
          auth.principal(request).user.id,
          auth.auditMeta(request),
          request.body.from,
        ),
    );
  };
}
