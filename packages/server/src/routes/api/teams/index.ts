import {
  createTeamRequestSchema,
  createTeamResponseSchema,
  listTeamsResponseSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createTeam } from '../../../commands/create-team.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

export function teamsRoutes({ db, auth }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['teams'],
          summary: 'Every team',
          security,
          response: { 200: listTeamsResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: auth.guard('teams:read'),
      },
      async () => ({
        teams: await db
          .selectFrom('teams')
          .select(['id', 'name', 'guideline_team as guidelineTeam'])
          .orderBy('name')
          .execute(),
      }),
    );

    app.post(
      '/',
      {
        schema: {
          tags: ['teams'],
          summary: 'Create a team',
          security,
          body: createTeamRequestSchema,
          response: { 201: createTeamResponseSchema, ...errors(400, ...AUTH_ERRORS, 409) },
        },
        preHandler: auth.guard('teams:write'),
      },
      async (request, reply) =>
        reply
          .code(201)
          .send({ team: await createTeam(db, request.body.name, auth.auditMeta(request)) }),
    );
  };
}
