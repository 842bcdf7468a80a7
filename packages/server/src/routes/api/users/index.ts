import {
  createUserRequestSchema,
  createUserResponseSchema,
  idParamsSchema,
  listUsersResponseSchema,
  updateUserRequestSchema,
  updateUserResponseSchema,
} from '@leidraad/contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { welcomeUrl } from '../../../commands/create-one-time-token.js';
import { createUser } from '../../../commands/create-user.js';
import { updateUser } from '../../../commands/update-user.js';
import { listUserRows, toUser, toUsers } from '../../../queries/users.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

export function usersRoutes({ db, auth, config }: Services): FastifyPluginAsyncZod {
  const origin = (request: FastifyRequest) =>
    config.publicUrl ?? `${request.protocol}://${request.host}`;
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['users'],
          summary: 'Every user with role and teams',
          security,
          response: { 200: listUsersResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: auth.guard('users:read'),
      },
      async () => ({ users: await toUsers(db, await listUserRows(db)) }),
    );

    app.post(
      '/',
      {
        schema: {
          tags: ['users'],
          summary: 'Invite a user: returns a one-time link /welcome#token=… (valid 7 days)',
          security,
          body: createUserRequestSchema,
          response: { 201: createUserResponseSchema, ...errors(400, ...AUTH_ERRORS, 409) },
        },
        preHandler: auth.guard('users:write'),
      },
      async (request, reply) => {
        const { user, inviteToken } = await createUser(db, request.body, auth.auditMeta(request));
        return reply.code(201).send({
          user: await toUser(db, user),
          inviteUrl: welcomeUrl(origin(request), inviteToken),
        });
      },
    );

    app.patch(
      '/:id',
      {
        schema: {
          tags: ['users'],
          summary: "Change a user's name, role or teams",
          security,
          params: idParamsSchema,
          body: updateUserRequestSchema,
          response: { 200: updateUserResponseSchema, ...errors(400, ...AUTH_ERRORS, 404, 409) },
        },
        preHandler: auth.guard('users:write'),
      },
      async (request) => {
        const user = await updateUser(db, request.params.id, request.body, auth.auditMeta(request));
        auth.forgetTokens();
        return { user: await toUser(db, user) };
      },
    );
  };
}
