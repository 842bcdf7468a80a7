import type { OutgoingHttpHeaders } from 'node:http';
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

type Headers = Record<string, string | number | string[]>;

/**
 * The headers OWASP's REST Security Cheat Sheet recommends for API answers: JSON is never
 * rendered as a page, so the page policies (CSP sources, COOP, origin-agent-cluster, …) do
 * nothing there. Answers carry personal data: no cache keeps them.
 */
function apiHeaders(page: Headers): Headers {
  const hsts = page['strict-transport-security'];
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    ...(hsts === undefined ? {} : { 'strict-transport-security': hsts }),
    'cache-control': 'no-store',
  };
}

/**
 * Whether a route (its URL pattern) or, for a request no route matched, its URL answers
 * JSON: everything under /api except the HTML pages of /api/docs and their scripts and styles.
 * (`/api/docs/json` and `/api/docs/yaml`, the OpenAPI document, are API answers.)
 */
export function isApiUrl(url: string): boolean {
  return API.test(url) && !DOCS_PAGE.test(url);
}
const API = /^\/api(?:[/?]|$)/;
const DOCS_PAGE = /^\/api\/docs(?:\/?(?:\?|$)|\/static\/)/;

/**
 * Security headers on every response: the web app and the API documentation get helmet's
 * (with the CSP above), the JSON API the short set for APIs.
 */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  const page: Headers = {};
  for (const [name, value] of Object.entries(await helmetHeaders())) {
    if (value !== undefined) page[name.toLowerCase()] = value;
  }
  const api = apiHeaders(page);
  // On the reply, not the raw response: Node then validates and writes them once, with the
  // reply's own headers, instead of keeping a second header table per response.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiUrl(request.routeOptions.url ?? request.url) ? api : page);
    done();
  });
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
