import type { FastifyError, FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { ApiError } from '../../errors.js';

/** Every error leaves as `{"error":{"code","message","field"?}}`; never a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.statusCode).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first ? fieldOf(first.instancePath) : undefined;
      const message = first
        ? `${field ? `${field}: ` : ''}${first.message ?? 'invalid value'}`
        : 'Invalid request.';
      return reply
        .code(400)
        .send(new ApiError('bad_request', message, field ? { field } : {}).toBody());
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error.cause }, 'response does not match its schema');
    } else if (
      error.statusCode !== undefined &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      return reply
        .code(error.statusCode)
        .send({ error: { code: 'bad_request', message: error.message } });
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return reply.code(500).send({ error: { code: 'internal', message: 'Internal server error.' } });
  });
}

/** `/teamIds/0` → `teamIds[0]`. */
function fieldOf(instancePath: string): string {
  let out = '';
  for (const part of instancePath.split('/').filter(Boolean)) {
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}
