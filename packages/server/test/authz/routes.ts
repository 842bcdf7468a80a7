import type { Action, Phase, Role } from '@leidraad/contract';
import type { FastifyInstance } from 'fastify';
import { BUILTIN_SOURCE } from '../helpers/app.js';
import { insertPost } from '../helpers/posts.js';
import { type Actor, draftOf, notificationOf, openAppealOf, tokenOf, unique } from './fixtures.js';
import { CAPABILITIES, may } from './policy.js';

export type Owner = 'own' | 'foreign';
/** One cell of the matrix: who calls, in which phase, on whose object. */
export type Case = { role: Role; phase: Phase; owner: Owner; actor: Actor; other: Actor };
export type Built = { url?: string; payload?: unknown };
/** `allow`: anything but 401/403/404 (and no 5xx); 403: forbidden; 404: as if it did not exist. */
export type Expect = 'allow' | 403 | 404;

export type RouteSpec = {
  /** `public`: no sign-in needed; `signed-in`: anyone signed in; else the app permission. */
  needs: 'public' | 'signed-in' | Action;
  /** The route acts on one object (its `:id`); it is tried on the caller's own and on another's. */
  object?: boolean;
  /** Who may reach another person's object (default: nobody, 404). */
  foreign?: (c: Case) => Expect;
  /** The whole rule, when it is more than `needs` (e.g. it depends on the kind of post). */
  expect?: (c: Case) => Expect;
  /** The request for this cell: the path with its parameters filled in and a valid body. */
  build(app: FastifyInstance, c: Case): Promise<Built> | Built;
};

const whose = (c: Case) => (c.owner === 'own' ? c.actor : c.other);
const none = (): Built => ({});

/** Every route of the API, keyed "METHOD /url"; a route missing here fails the matrix. */
export const SPECS: Record<string, RouteSpec> = {
  'GET /api/docs': { needs: 'public', build: none },
  'GET /api/docs/static/index.html': { needs: 'public', build: none },
  'GET /api/docs/static/swagger-initializer.js': { needs: 'public', build: none },
  'GET /api/docs/json': { needs: 'public', build: none },
  'GET /api/docs/yaml': { needs: 'public', build: none },
  'GET /api/docs/static/*': {
    needs: 'public',
    build: () => ({ url: '/api/docs/static/index.css' }),
  },
  'GET /api/openapi.json': { needs: 'public', build: none },
  'GET /api/health': { needs: 'public', build: none },
  'POST /api/auth/login': {
    needs: 'public',
    build: (_app, c) => ({ payload: { email: c.actor.email, password: 'wrong but well-formed' } }),
  },
  'POST /api/auth/one-time': { needs: 'public', build: () => ({ payload: { token: 'unknown' } }) },
  'POST /api/auth/logout': { needs: 'signed-in', build: none },
  'GET /api/auth/me': { needs: 'signed-in', build: none },
  'POST /api/auth/password': {
    needs: 'signed-in',
    build: () => ({ payload: { password: 'a new long password' } }),
  },

  'GET /api/users': { needs: 'users:read', build: none },
  'POST /api/users': {
    needs: 'users:write',
    build: () => ({
      payload: { email: `new-${unique()}@matrix.example`, name: 'Nieuw', role: 'employee' },
    }),
  },
  'PATCH /api/users/:id': {
    needs: 'users:write',
    object: true,
    // Administrators manage every account.
    foreign: () => 'allow',
    build: (_app, c) => ({
      url: `/api/users/${whose(c).id}`,
      payload: { name: `Naam ${unique()}` },
    }),
  },
  'GET /api/teams': { needs: 'teams:read', build: none },
  'POST /api/teams': {
    needs: 'teams:write',
    build: () => ({ payload: { name: `Team ${unique()}` } }),
  },

  'GET /api/tokens': { needs: 'tokens:manage', build: none },
  'POST /api/tokens': {
    needs: 'tokens:manage',
    build: (_app, c) => ({ payload: { name: `t-${unique()}`, email: c.actor.email } }),
  },
  'DELETE /api/tokens/:id': {
    needs: 'tokens:manage',
    object: true,
    foreign: () => 'allow',
    build: async (app, c) => ({
      url: `/api/tokens/${await tokenOf(app, whose(c).email, whose(c).role)}`,
    }),
  },

  'POST /api/check': { needs: 'check', build: () => ({ payload: { text: 'Hallo allemaal' } }) },
  'POST /api/classify': {
    needs: 'classify',
    build: () => ({ payload: { text: 'Mijn trein is weer te laat!' } }),
  },

  'GET /api/guideline': { needs: 'guideline:read', build: none },
  'GET /api/guideline/versions': { needs: 'guideline:read', build: none },
  'GET /api/guideline/versions/:version': {
    needs: 'guideline:read',
    build: () => ({ url: '/api/guideline/versions/1' }),
  },
  'POST /api/guideline/versions': {
    needs: 'guideline:publish',
    build: () => ({ payload: { source: BUILTIN_SOURCE, note: 'matrix' } }),
  },
  'GET /api/guideline/diff': {
    needs: 'guideline:read',
    build: () => ({ url: '/api/guideline/diff?from=1&to=1' }),
  },
  'POST /api/guideline/versions/:version/acknowledge': {
    needs: 'guideline:acknowledge',
    build: () => ({ url: '/api/guideline/versions/1/acknowledge' }),
  },
  'GET /api/guideline/acknowledgements': { needs: 'acknowledgements:read', build: none },

  'GET /api/drafts': { needs: 'drafts:write', build: none },
  'POST /api/drafts': {
    needs: 'drafts:write',
    build: () => ({ payload: { text: 'Een nieuw concept', as: 'personal' } }),
  },
  'GET /api/drafts/:id': {
    needs: 'drafts:write',
    object: true,
    build: async (app, c) => ({ url: `/api/drafts/${await draftOf(app, whose(c).id)}` }),
  },
  'PUT /api/drafts/:id': {
    needs: 'drafts:write',
    object: true,
    build: async (app, c) => ({
      url: `/api/drafts/${await draftOf(app, whose(c).id)}`,
      payload: { text: 'Gewijzigd concept', as: 'personal' },
    }),
  },
  'DELETE /api/drafts/:id': {
    needs: 'drafts:write',
    object: true,
    build: async (app, c) => ({ url: `/api/drafts/${await draftOf(app, whose(c).id)}` }),
  },

  'GET /api/moderation/posts': { needs: 'moderation:act', build: none },
  'GET /api/moderation/appeals': { needs: 'appeals:decide', build: none },
  'POST /api/moderation/posts/:id/hide': {
    needs: 'moderation:act',
    object: true,
    foreign: () => 'allow',
    build: async (app, c) => ({
      url: `/api/moderation/posts/${(await insertPost(app, whose(c).id)).id}/hide`,
      payload: { reason: 'insult', note: 'Scheldwoord in de tweede zin.' },
    }),
  },
  'POST /api/moderation/posts/:id/restore': {
    needs: 'moderation:act',
    object: true,
    foreign: () => 'allow',
    build: async (app, c) => ({
      url: `/api/moderation/posts/${(await insertPost(app, whose(c).id, { visibility: 'hidden' })).id}/restore`,
      payload: {},
    }),
  },
  'POST /api/moderation/posts/:id/appeal': {
    // Only the author appeals; for anyone else the post does not exist.
    needs: 'signed-in',
    expect: (c) => (c.owner === 'own' ? 'allow' : 404),
    object: true,
    build: async (app, c) => ({
      url: `/api/moderation/posts/${(await insertPost(app, whose(c).id, { visibility: 'hidden' })).id}/appeal`,
      payload: { text: 'Er stond geen scheldwoord in, lees het nog eens.' },
    }),
  },
  'POST /api/moderation/appeals/:id/decide': {
    needs: 'appeals:decide',
    object: true,
    // The final say never decides an appeal about their own post.
    expect: (c) => (!may(c.role, c.phase, 'appeals:decide') || c.owner === 'own' ? 403 : 'allow'),
    build: async (app, c) => ({
      url: `/api/moderation/appeals/${await openAppealOf(app, whose(c).id)}/decide`,
      payload: { decision: 'grant', note: 'Het bericht blijft binnen de huisregels.' },
    }),
  },
  'GET /api/moderation/posts/:id/history': {
    needs: 'signed-in',
    object: true,
    expect: (c) =>
      c.owner === 'own' ||
      may(c.role, c.phase, 'moderation:act') ||
      may(c.role, c.phase, 'appeals:decide')
        ? 'allow'
        : 404,
    build: async (app, c) => ({
      url: `/api/moderation/posts/${(await insertPost(app, whose(c).id)).id}/history`,
    }),
  },

  'GET /api/notifications': { needs: 'signed-in', build: none },
  'POST /api/notifications/:id/read': {
    needs: 'signed-in',
    object: true,
    expect: (c) => (c.owner === 'own' ? 'allow' : 404),
    build: async (app, c) => ({
      url: `/api/notifications/${await notificationOf(app, whose(c).id)}/read`,
    }),
  },
  'POST /api/notifications/read-all': { needs: 'signed-in', build: none },

  'GET /api/audit': { needs: 'audit:read', build: none },
  'GET /api/audit/verify': { needs: 'audit:read', build: none },

  'GET /api/posts': { needs: 'signed-in', build: none },
  'POST /api/posts': {
    needs: 'posts:submit',
    // A reply to a customer needs `reply-customers`, whatever else the person may submit.
    expect: (c) => (can(c, 'reply-customers') ? 'allow' : 403),
    build: () => ({
      payload: { text: 'Dank voor je vraag, we kijken er meteen naar.', as: 'reply', channel: 'x' },
    }),
  },
  'GET /api/posts/:id': {
    needs: 'signed-in',
    object: true,
    expect: (c) => (c.owner === 'own' || readsEveryPost(c) ? 'allow' : 404),
    build: async (app, c) => ({ url: `/api/posts/${(await reviewable(app, whose(c).id)).id}` }),
  },
  'PUT /api/posts/:id': {
    needs: 'signed-in',
    object: true,
    // Only the author edits, and only with the capability the kind of post needs.
    expect: (c) => (c.owner === 'foreign' ? 404 : can(c, 'reply-customers') ? 'allow' : 403),
    build: async (app, c) => ({
      url: `/api/posts/${(await reviewable(app, whose(c).id)).id}`,
      payload: { text: 'Dank voor je vraag, we zoeken het voor je uit.' },
    }),
  },
  'POST /api/posts/:id/withdraw': {
    needs: 'signed-in',
    object: true,
    expect: (c) => (c.owner === 'own' ? 'allow' : 404),
    build: async (app, c) => ({
      url: `/api/posts/${(await reviewable(app, whose(c).id)).id}/withdraw`,
    }),
  },
  'POST /api/posts/:id/publish': {
    needs: 'signed-in',
    object: true,
    // The author, or a reviewer; others who can see the post are refused, the rest see nothing.
    expect: (c) =>
      c.owner === 'own' || can(c, 'approve') ? 'allow' : readsEveryPost(c) ? 403 : 404,
    build: async (app, c) => ({
      url: `/api/posts/${(await insertPost(app, whose(c).id, { status: 'approved', post_kind: 'reply' })).id}/publish`,
      payload: { url: 'https://x.com/spoorland/status/1' },
    }),
  },
  'POST /api/posts/:id/reviews': {
    needs: 'signed-in',
    object: true,
    // Nobody reviews their own post; a foreign one needs `approve`, and is invisible without a
    // right to read it.
    expect: (c) =>
      c.owner === 'own' ? 403 : can(c, 'approve') ? 'allow' : readsEveryPost(c) ? 403 : 404,
    build: async (app, c) => ({
      url: `/api/posts/${(await reviewable(app, whose(c).id)).id}/reviews`,
      payload: { revision: 1, decision: 'approve' },
    }),
  },
  'GET /api/reviews': { needs: 'posts:review', build: none },

  'GET /api/training': { needs: 'training:take', build: none },
  'GET /api/training/coverage': { needs: 'training:coverage', build: none },
  'GET /api/training/:id': {
    needs: 'training:take',
    build: () => ({ url: '/api/training/basics' }),
  },
  'POST /api/training/:id/attempts': {
    needs: 'training:take',
    build: () => ({ url: '/api/training/basics/attempts', payload: { answers: [] } }),
  },
  'GET /api/phase': { needs: 'guideline:read', build: none },
  'GET /api/phase/preview': {
    needs: 'phase:set',
    build: () => ({ url: '/api/phase/preview?phase=mature' }),
  },
  'PUT /api/phase': {
    needs: 'phase:set',
    // The same phase again: allowed, and it changes nothing the next cell depends on.
    build: (_app, c) => ({ payload: { phase: c.phase } }),
  },
};

/** Whether the guideline gives the caller this capability in the cell's phase (no team, no training). */
function can(c: Case, capability: string): boolean {
  return CAPABILITIES[c.role][c.phase].includes(capability);
}

/** Reviewers, moderators and the final say may read every post. */
function readsEveryPost(c: Case): boolean {
  return can(c, 'approve') || can(c, 'moderate') || c.role === 'communications-lead';
}

/** A reply waiting for its one review step, which anyone who may approve can decide. */
function reviewable(app: FastifyInstance, authorId: string) {
  return insertPost(app, authorId, {
    post_kind: 'reply',
    channel: 'x',
    status: 'in-review',
    steps_json: JSON.stringify([{ id: 'iedereen', name: 'Iedereen', roles: [], teams: [] }]),
  });
}

/** The answer the policy expects for one cell of the matrix. */
export function expectedOf(spec: RouteSpec, c: Case): Expect {
  if (spec.expect) return spec.expect(c);
  if (spec.needs === 'public' || spec.needs === 'signed-in') return 'allow';
  if (!may(c.role, c.phase, spec.needs)) return 403;
  if (spec.object && c.owner === 'foreign') return spec.foreign?.(c) ?? 404;
  return 'allow';
}
