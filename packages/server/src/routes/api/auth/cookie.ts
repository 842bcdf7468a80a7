import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_TTL_MS } from '../../../commands/create-session.js';
import { SESSION_COOKIE } from '../../../plugins/app/auth.js';

/** HttpOnly, SameSite=Lax, Path=/, Secure on https, 12 hours. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
  });
}
