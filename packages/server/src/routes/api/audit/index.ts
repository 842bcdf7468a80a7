import {
  auditPageQuerySchema,
  auditPageResponseSchema,
  auditVerifyResponseSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditHead, verifyChain } from '../../../queries/audit.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';
import { auditPage } from './page.js';

const tags = ['audit'];

/** The audit log as a page (newest first) and the same chain check as `leidraad audit verify`. */
export function auditRoutes({ db, auth }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('preHandler', auth.guard('audit:read'));

    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Audit events, newest first, with the actors’ names; page with ?before=next',
          security,
          querystring: auditPageQuerySchema,
          response: { 200: auditPageResponseSchema, ...errors(400, ...AUTH_ERRORS) },
        },
      },
      async (request) => auditPage(db, request.query.before, request.query.limit),
    );

    app.get(
      '/verify',
      {
        schema: {
          tags,
          summary: 'Recompute the hash chain of the whole audit log',
          security,
          response: { 200: auditVerifyResponseSchema, ...errors(...AUTH_ERRORS) },
        },
      },
      async () => {
        const [result, head] = await Promise.all([verifyChain(db), auditHead(db)]);
        return result.ok
          ? { ok: true, checked: result.count, head }
          : {
              ok: false,
              checked: result.count,
              head,
              firstBroken: { seq: result.brokenAt, reason: result.reason },
            };
      },
    );
  };
}
