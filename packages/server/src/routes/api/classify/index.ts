import {
  type ClassifyRequest,
  type ClassifyResponse,
  classifyRequestSchema,
  classifyResponseSchema,
} from '@leidraad/contract';
import type { ClassifyOptions } from '@leidraad/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CompiledVersion } from '../../../plugins/app/guidelines.js';
import type { Services } from '../../../services.js';
import { fastSerializerCompiler } from '../../fast-serializer.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';
import { answerInBatch } from '../check/batch.js';
import { requireKnownChannel } from '../check/run-check.js';

export function classifyRoutes({ auth, guidelines }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/',
      {
        schema: {
          tags: ['classify'],
          summary:
            'Classify an incoming message into a playbook situation, with a drafted reply and route (same JSON as `leidraad classify`)',
          security,
          body: classifyRequestSchema,
          response: { 200: classifyResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('classify'),
        serializerCompiler: fastSerializerCompiler,
      },
      (request, reply) => {
        answerInBatch(reply, guidelines, (version) => runClassify(version, request.body));
      },
    );
  };
}

/** The same call as `leidraad classify --format json`. */
function runClassify(version: CompiledVersion, body: ClassifyRequest): ClassifyResponse {
  const { text, channel, customer, initials, name } = body;
  requireKnownChannel(version.guideline, channel);
  const options: ClassifyOptions = {
    ...(customer !== undefined ? { customer } : {}),
    ...(initials !== undefined ? { initials } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(channel !== undefined ? { channel } : {}),
  };
  return version.classifier().classify(text, options);
}
