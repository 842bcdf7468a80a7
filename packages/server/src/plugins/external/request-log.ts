import {
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';

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

type LogMethod = FastifyBaseLogger['info'];
type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>;

/**
 * A request's logger that makes its pino child (bound to the request id) only when the
 * request logs something. Fastify makes one child per request; with the request log above,
 * most requests never write a line, and making the child (bindings, redaction) costs a
 * noticeable share of a fast request such as POST /api/check.
 */
class LazyRequestLogger {
  #made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  get #log(): FastifyBaseLogger {
    this.#made ??= this.parent.child(this.bindings, this.options);
    return this.#made;
  }

  get level(): string {
    return this.#made?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.#log.level = level;
  }

  fatal(...args: Parameters<LogMethod>): void {
    this.#log.fatal(...args);
  }

  error(...args: Parameters<LogMethod>): void {
    this.#log.error(...args);
  }

  warn(...args: Parameters<LogMethod>): void {
    this.#log.warn(...args);
  }

  info(...args: Parameters<LogMethod>): void {
    this.#log.info(...args);
  }

  debug(...args: Parameters<LogMethod>): void {
    this.#log.debug(...args);
  }

  trace(...args: Parameters<LogMethod>): void {
    this.#log.trace(...args);
  }

  silent(...args: Parameters<LogMethod>): void {
    this.#log.silent(...args);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#log.child(bindings, options);
  }
}

/** Fastify's `childLoggerFactory`: the request's logger, made on first use. */
export function lazyChildLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  return new LazyRequestLogger(logger, bindings, options);
}
