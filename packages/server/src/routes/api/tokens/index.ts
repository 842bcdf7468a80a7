import {
  createTokenRequestSchema,
  createTokenResponseSchema,
  idParamsSchema,
  listTokensResponseSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createApiToken } from '../../../commands/create-api-token.js';
import { revokeApiToken } from '../../../commands/revoke-api-token.js';
import { ApiError } from '../../../errors.js';
import { findUserByEmail } from '../../../queries/users.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, noContent, security } from '../../schemas.js';

export function tokensRoutes({ db, auth }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['tokens'],
          summary: 'API tokens that are not revoked (never the tokens themselves)',
          security,
          response: { 200: listTokensResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: auth.guard('tokens:manage'),
      },
      async () => {
        const rows = await db
          .selectFrom('api_tokens')
          .innerJoin('users', 'users.id', 'api_tokens.user_id')
          .select([
            'api_tokens.id',
            'api_tokens.name',
            'api_tokens.created_at',
            'api_tokens.last_used_at',
            'users.id as user_id',
            'users.email',
            'users.name as user_name',
          ])
          .where('api_tokens.revoked_at', 'is', null)
          .orderBy('api_tokens.created_at')
          .execute();
        return {
          tokens: rows.map((r) => ({
            id: r.id,
            name: r.name,
            createdAt: r.created_at,
            lastUsedAt: r.last_used_at,
            user: { id: r.user_id, email: r.email, name: r.user_name },
          })),
        };
      },
    );

    app.post(
      '/',
      {
        schema: {
          tags: ['tokens'],
          summary: 'Create an API token for a user (yourself when no email); shown once',
          security,
          body: createTokenRequestSchema,
          response: { 201: createTokenResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('tokens:manage'),
      },
      async (request, reply) => {
        const { name, email } = request.body;
        const owner =
          email === undefined ? auth.principal(request).user : await findUserByEmail(db, email);
        if (!owner) {
          throw new ApiError('not_found', `No user with e-mail address ${email}.`, {
            field: 'email',
          });
        }
        return reply
          .code(201)
          .send(await createApiToken(db, owner.id, name, auth.auditMeta(request)));
      },
    );

    app.delete(
      '/:id',
      {
        schema: {
          tags: ['tokens'],
          summary: 'Revoke an API token',
          security,
          params: idParamsSchema,
          response: { 204: noContent, ...errors(...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('tokens:manage'),
      },
      async (request, reply) => {
        await revokeApiToken(db, request.params.id, auth.auditMeta(request));
        auth.forgetTokens();
        return reply.code(204).send(null);
      },
    );
  };
}
