import cookie from '@fastify/cookie';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  oneTimeRequestSchema,
  oneTimeResponseSchema,
  setPasswordRequestSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleteSession } from '../../../commands/delete-session.js';
import { logIn } from '../../../commands/log-in.js';
import { setPassword } from '../../../commands/set-password.js';
import { signInOneTime } from '../../../commands/sign-in-one-time.js';
import { pendingAcknowledgement } from '../../../queries/acknowledgements.js';
import { toUser } from '../../../queries/users.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, noContent, security } from '../../schemas.js';
import { clearSessionCookie, setSessionCookie } from './cookie.js';

export function authRoutes(services: Services): FastifyPluginAsyncZod {
  const { db, auth, access, passwords, guidelines } = services;
  return async (app) => {
    // Only these routes set or clear the session cookie: the plugin's hooks run for them alone.
    await app.register(cookie);
    app.post(
      '/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail address and password (sets the session cookie)',
          body: loginRequestSchema,
          response: { 200: loginResponseSchema, ...errors(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        const { user, session } = await logIn(
          db,
          passwords,
          { email, password, ip: request.ip },
          auth.auditMeta(request),
        );
        setSessionCookie(request, reply, session.token);
        return { user: await toUser(db, user), csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'End the session',
          security,
          response: { 204: noContent, ...errors(...AUTH_ERRORS) },
        },
        preHandler: auth.guard(),
      },
      async (request, reply) => {
        const principal = auth.principal(request);
        if (principal.via === 'session')
          await deleteSession(db, principal.session.id, auth.auditMeta(request));
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Who is signed in, what they may do, and the CSRF token',
          security,
          response: { 200: meResponseSchema, ...errors(401) },
        },
        preHandler: [auth.guard(), access.require()],
      },
      async (request) => {
        const principal = auth.principal(request);
        const { capabilities, permissions, phase } = access.of(request);
        const current = await guidelines.latest();
        return {
          user: await toUser(db, principal.user),
          csrfToken: principal.via === 'session' ? principal.session.csrf_token : '',
          permissions,
          capabilities,
          phase,
          pendingAcknowledgement: await pendingAcknowledgement(
            db,
            principal.user.id,
            current?.row.version,
          ),
        };
      },
    );

    app.post(
      '/one-time',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in with a one-time link (first administrator, invites)',
          body: oneTimeRequestSchema,
          response: { 200: oneTimeResponseSchema, ...errors(400, 401) },
        },
      },
      async (request, reply) => {
        const { user, session } = await signInOneTime(
          db,
          request.body.token,
          auth.auditMeta(request),
        );
        setSessionCookie(request, reply, session.token);
        return {
          user: await toUser(db, user),
          csrfToken: session.csrfToken,
          mustSetPassword: true as const,
        };
      },
    );

    app.post(
      '/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Set your password (at least 12 characters); ends your other sessions',
          security,
          body: setPasswordRequestSchema,
          response: { 204: noContent, ...errors(400, ...AUTH_ERRORS) },
        },
        preHandler: auth.guard(),
      },
      async (request, reply) => {
        const principal = auth.principal(request);
        const keep = principal.via === 'session' ? principal.session.id : undefined;
        await setPassword(
          db,
          passwords,
          principal.user.id,
          request.body.password,
          keep,
          auth.auditMeta(request),
        );
        return reply.code(204).send(null);
      },
    );
  };
}
