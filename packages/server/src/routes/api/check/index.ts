import { checkRequestSchema, checkResponseSchema } from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services.js';
import { fastSerializerCompiler } from '../../fast-serializer.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';
import { answerInBatch } from './batch.js';
import { runCheck } from './run-check.js';

export function checkRoutes({ auth, guidelines }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/',
      {
        schema: {
          tags: ['check'],
          summary: 'Check a post against the published guideline (same JSON as `leidraad check`)',
          security,
          body: checkRequestSchema,
          response: { 200: checkResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('check'),
        serializerCompiler: fastSerializerCompiler,
      },
      (request, reply) => {
        answerInBatch(reply, guidelines, (version) => runCheck(version, request.body));
      },
    );
  };
}
