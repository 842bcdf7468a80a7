import { timingSafeEqual } from 'node:crypto';
import type { Action } from '@leidraad/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { SessionsTable } from '../../db/tables/sessions.js';
import { ApiError, forbidden, unauthorized } from '../../errors.js';
import type { UserRow } from '../../queries/users.js';
import { API_TOKEN_PREFIX, sha256 } from '../../security/tokens.js';
import { isoNow, MINUTE } from '../../time.js';
import { allow } from './permissions.js';

export const SESSION_COOKIE = 'leidraad_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** `last_used_at` of an API token is written at most this often. */
const TOKEN_TOUCH_MS = MINUTE;

export type Principal =
  | { via: 'session'; user: UserRow; session: SessionsTable }
  | { via: 'token'; user: UserRow; tokenId: string };

export type Auth = {
  /** A preHandler: 401 without a session or token, 403 on a bad CSRF header or role. */
  guard(action?: Action): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Who made the request (only after `guard`). */
  principal(request: FastifyRequest): Principal;
};

export function createAuth(db: Db): Auth {
  const principals = new WeakMap<FastifyRequest, Principal>();

  async function fromBearer(token: string): Promise<Principal | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
    const row = await db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
      .where('api_tokens.token_hash', '=', sha256(token))
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const { token_id, last_used_at, ...user } = row;
    if (last_used_at === null || Date.parse(last_used_at) < Date.now() - TOKEN_TOUCH_MS) {
      await db
        .transaction()
        .execute((trx) =>
          trx
            .updateTable('api_tokens')
            .set({ last_used_at: isoNow() })
            .where('id', '=', token_id)
            .execute(),
        );
    }
    return { via: 'token', user, tokenId: token_id };
  }

  async function fromCookie(token: string): Promise<Principal | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select([
        'sessions.id as session_id',
        'sessions.csrf_token',
        'sessions.expires_at',
        'sessions.created_at as session_created_at',
      ])
      .where('sessions.id', '=', sha256(token))
      .where('sessions.expires_at', '>', isoNow())
      .executeTakeFirst();
    if (!row) return undefined;
    const { session_id, csrf_token, expires_at, session_created_at, ...user } = row;
    const session = {
      id: session_id,
      user_id: user.id,
      csrf_token,
      expires_at,
      created_at: session_created_at,
    };
    return { via: 'session', user, session };
  }

  async function authenticate(request: FastifyRequest): Promise<Principal | undefined> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const principal = match?.[1] ? await fromBearer(match[1]) : undefined;
      if (!principal) throw unauthorized('The API token is invalid or revoked.');
      return principal;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    return cookie ? fromCookie(cookie) : undefined;
  }

  return {
    guard(action) {
      return async (request) => {
        const principal = await authenticate(request);
        if (!principal) throw unauthorized();
        if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
          const sent = request.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !sameSecret(sent, principal.session.csrf_token)) {
            throw new ApiError('csrf', 'Missing or wrong x-csrf-token header.');
          }
        }
        if (action !== undefined && !allow(principal.user.role, action)) throw forbidden();
        principals.set(request, principal);
      };
    },
    principal(request) {
      const principal = principals.get(request);
      if (!principal) throw unauthorized();
      return principal;
    },
  };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
