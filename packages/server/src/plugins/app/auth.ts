import * as crypto from 'node:crypto';
import type { Action } from '@leidraad/contract';
import { parseCookie } from 'cookie';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AuditMeta } from '../../commands/record-event.js';
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
/**
 * A bearer token's user is looked up in the database at most this often per process.
 * Revoking a token or changing a user clears this process's cache at once; another
 * instance of the server behind the same database notices within this time.
 */
export const TOKEN_CACHE_MS = 5_000;
const TOKEN_CACHE_MAX = 10_000;

type TokenPrincipal = Extract<Principal, { via: 'token' }>;
/**
 * A lookup by token hash, shared by the requests that arrive while it runs; `found` is set
 * once it has found the token, so that later requests need not wait for a promise.
 */
type CachedToken = {
  lookup: Promise<TokenPrincipal | undefined>;
  until: number;
  found: TokenPrincipal | undefined;
};

export type Principal =
  | { via: 'session'; user: UserRow; session: SessionsTable }
  | { via: 'token'; user: UserRow; tokenId: string };

export type Auth = {
  /** A preHandler: 401 without a session or token, 403 on a bad CSRF header or role. */
  guard(
    action?: Action,
  ): (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;
  /** Who made the request (only after `guard`). */
  principal(request: FastifyRequest): Principal;
  /** Who did it and which request, for the audit event the command writes. */
  auditMeta(request: FastifyRequest): AuditMeta;
  /** Forget cached API-token lookups: call after revoking a token or changing a user. */
  forgetTokens(): void;
};

export function createAuth(db: Db): Auth {
  const principals = new WeakMap<FastifyRequest, Principal>();

  const tokens = new Map<string, CachedToken>();
  /** When this process last wrote `last_used_at`, by token id. */
  const touched = new Map<string, number>();

  async function lookUpToken(hash: string): Promise<TokenPrincipal | undefined> {
    const row = await db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
      .where('api_tokens.token_hash', '=', hash)
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const { token_id, last_used_at, ...user } = row;
    if (last_used_at !== null) {
      touched.set(token_id, Math.max(touched.get(token_id) ?? 0, Date.parse(last_used_at)));
    }
    return { via: 'token', user, tokenId: token_id };
  }

  /** The cached lookup of a token hash, started anew when absent or older than the cache time. */
  function cachedToken(hash: string, now: number): CachedToken {
    const cached = tokens.get(hash);
    if (cached !== undefined && cached.until > now) return cached;
    if (tokens.size >= TOKEN_CACHE_MAX) tokens.clear();
    const entry: CachedToken = {
      lookup: lookUpToken(hash),
      until: now + TOKEN_CACHE_MS,
      found: undefined,
    };
    tokens.set(hash, entry);
    // Unknown tokens and failed lookups are not remembered.
    const drop = () => {
      if (tokens.get(hash) === entry) tokens.delete(hash);
    };
    entry.lookup.then((found) => {
      if (found === undefined) drop();
      else entry.found = found;
    }, drop);
    return entry;
  }

  /** Whether `last_used_at` of this token is due to be written (and marks it written). */
  function touchDue(tokenId: string, now: number): boolean {
    const last = touched.get(tokenId);
    if (last !== undefined && last >= now - TOKEN_TOUCH_MS) return false;
    if (touched.size >= TOKEN_CACHE_MAX) touched.clear();
    touched.set(tokenId, now);
    return true;
  }

  async function touch(tokenId: string): Promise<void> {
    await db
      .transaction()
      .execute((trx) =>
        trx
          .updateTable('api_tokens')
          .set({ last_used_at: isoNow() })
          .where('id', '=', tokenId)
          .execute(),
      );
  }

  /**
   * The common case without waiting: a token found in the cache within the cache time whose
   * `last_used_at` was written within the minute. Otherwise undefined (ask `fromBearer`).
   */
  function fromBearerCached(token: string): TokenPrincipal | undefined {
    if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
    const now = Date.now();
    const cached = tokens.get(tokenHash(token));
    if (cached === undefined || cached.until <= now || cached.found === undefined) return undefined;
    const last = touched.get(cached.found.tokenId);
    return last !== undefined && last >= now - TOKEN_TOUCH_MS ? cached.found : undefined;
  }

  async function fromBearer(token: string): Promise<Principal | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
    const now = Date.now();
    const principal = await cachedToken(tokenHash(token), now).lookup;
    if (!principal) return undefined;
    if (touchDue(principal.tokenId, now)) await touch(principal.tokenId);
    return principal;
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

  /** The bearer token of an `Authorization: Bearer …` header, or undefined if malformed. */
  function bearerToken(header: string): string | undefined {
    return BEARER.exec(header)?.[1];
  }

  async function authenticate(request: FastifyRequest): Promise<Principal | undefined> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = bearerToken(header);
      const principal = token ? await fromBearer(token) : undefined;
      if (!principal) throw unauthorized('The API token is invalid or revoked.');
      return principal;
    }
    // Parsed here, where it is read, rather than in a hook on every request: API calls with a
    // token carry no cookie, and only the sign-in routes set one.
    const cookies = request.headers.cookie;
    const cookie = cookies === undefined ? undefined : parseCookie(cookies)[SESSION_COOKIE];
    return cookie ? fromCookie(cookie) : undefined;
  }

  /** Checks what the principal may do on this request and remembers it; throws if not. */
  function admit(request: FastifyRequest, principal: Principal, action: Action | undefined): void {
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, principal.session.csrf_token)) {
        throw new ApiError('csrf', 'Missing or wrong x-csrf-token header.');
      }
    }
    if (action !== undefined && !allow(principal.user.role, action)) throw forbidden();
    principals.set(request, principal);
  }

  return {
    guard(action) {
      // A callback hook, not an async one: an API token seen within the cache time is
      // admitted without a database call, a promise or a turn of the microtask queue.
      return (request, _reply, done) => {
        const header = request.headers.authorization;
        const token = header === undefined ? undefined : bearerToken(header);
        const cached = token === undefined ? undefined : fromBearerCached(token);
        if (cached !== undefined) {
          try {
            admit(request, cached, action);
          } catch (error) {
            done(error as Error);
            return;
          }
          done();
          return;
        }
        authenticate(request)
          .then((principal) => {
            if (!principal) throw unauthorized();
            admit(request, principal, action);
          })
          .then(() => done(), done);
      };
    },
    principal(request) {
      const principal = principals.get(request);
      if (!principal) throw unauthorized();
      return principal;
    },
    auditMeta(request) {
      const actorId = principals.get(request)?.user.id;
      return actorId === undefined ? { requestId: request.id } : { actorId, requestId: request.id };
    },
    forgetTokens() {
      tokens.clear();
    },
  };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The stored hash of an API token (as `sha256`): the one-shot `crypto.hash` where Node has
 * it (20.12+), a few times cheaper per request than a Hash object.
 */
const tokenHash: (token: string) => string =
  typeof crypto.hash === 'function' ? (token) => crypto.hash('sha256', token, 'hex') : sha256;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
