import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** A request slower than this is logged (warn) even when it succeeds. */
export const SLOW_REQUEST_MS = 1000;
/** Refusals worth a line in the log (who tried what), besides every server error. */
const LOGGED_REFUSALS = new Set([401, 403, 429]);

/**
 * Fastify's request log, but quiet about requests that went well: one line per request that
 * failed, was refused or was slow, instead of two lines for every request (which cost more
 * than a whole check under load). Each line carries the request id (`reqId`), like the error
 * handler's lines for the same request; Fastify's other lines (stream and serializer errors,
 * 404s) are kept.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const status = reply.statusCode;
    const responseTime = reply.elapsedTime;
    if (error) {
      reply.log.error({ req: request, res: reply, err: error, responseTime }, 'request errored');
    } else if (status >= 500) {
      reply.log.error({ req: request, res: reply, responseTime }, 'request failed');
    } else if (responseTime >= SLOW_REQUEST_MS) {
      reply.log.warn({ req: request, res: reply, responseTime }, 'slow request');
    } else if (LOGGED_REFUSALS.has(status)) {
      reply.log.info({ req: request, res: reply, responseTime }, 'request refused');
    }
  }
}
