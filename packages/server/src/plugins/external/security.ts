import type { OutgoingHttpHeaders } from 'node:http';
import cookie from '@fastify/cookie';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** A strict CSP that still lets the Swagger UI run. */
const HELMET: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
};

/** Security headers on every response (helmet's, with the CSP above) and cookie parsing. */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  const headers: Record<string, string | number | string[]> = {};
  for (const [name, value] of Object.entries(await helmetHeaders())) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  // On the reply, not the raw response: Node then validates and writes them once, with the
  // reply's own headers, instead of keeping a second header table per response.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(cookie);
}

/**
 * The headers @fastify/helmet sets with these options. Without CSP nonces they are the same
 * for every request, but the plugin rebuilds helmet (and re-parses the CSP) per request, a
 * large share of a request's time under load: ask it once, on a throwaway instance.
 */
async function helmetHeaders(): Promise<OutgoingHttpHeaders> {
  const probe = Fastify({ logger: false });
  let headers: OutgoingHttpHeaders = {};
  await probe.register(helmet, HELMET);
  probe.get('/', async (_request, reply) => {
    headers = reply.raw.getHeaders();
    return '';
  });
  try {
    await probe.inject({ method: 'GET', url: '/' });
  } finally {
    await probe.close();
  }
  if (!headers['content-security-policy']) throw new Error('helmet set no security headers');
  return headers;
}
