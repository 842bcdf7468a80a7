import { healthErrorResponseSchema, healthResponseSchema } from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Services } from '../../../services.js';

export function healthRoutes({ db, dialect }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['health'],
          summary: 'Whether the server and its database answer',
          response: { 200: healthResponseSchema, 503: healthErrorResponseSchema },
        },
      },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(db);
          return { status: 'ok' as const, database: dialect };
        } catch (e) {
          request.log.error({ err: e }, 'database does not answer');
          return reply.code(503).send({ status: 'error' as const, database: dialect });
        }
      },
    );
  };
}
