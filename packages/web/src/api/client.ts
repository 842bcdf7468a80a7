/**
 * Every call the web app makes to the API. Mutating requests carry the session's CSRF
 * token; an error body `{"error":{code,message,field}}` becomes a thrown ApiError.
 */
import type { CheckResult } from '@leidraad/core';
import type {
  Acknowledgements,
  ApiToken,
  CreateUserRequest,
  Draft,
  DraftInput,
  DraftResponse,
  GuidelineDiff,
  LoginResponse,
  Me,
  OneTimeResponse,
  PostKind,
  Problem,
  PublishedGuideline,
  Team,
  UpdateUserRequest,
  User,
  VersionSummary,
} from './types.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly problems: Problem[];

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { field?: string; retryAfterSeconds?: number; problems?: Problem[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = extra.field;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.problems = extra.problems ?? [];
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isProblem(v: unknown): v is Problem {
  return isRecord(v) && typeof v.line === 'number' && typeof v.message === 'string';
}

/** Turn an error response into an ApiError; a body that is not the API's shape still gives one. */
export function errorFromResponse(status: number, bodyText: string): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || typeof error.code !== 'string') {
    return new ApiError(status, status >= 500 ? 'internal' : 'http', `HTTP ${status}`);
  }
  const message = typeof error.message === 'string' ? error.message : error.code;
  const problems = Array.isArray(error.problems) ? error.problems.filter(isProblem) : [];
  return new ApiError(status, error.code, message, {
    ...(typeof error.field === 'string' ? { field: error.field } : {}),
    ...(typeof error.retryAfterSeconds === 'number'
      ? { retryAfterSeconds: error.retryAfterSeconds }
      : {}),
    problems,
  });
}

let csrfToken: string | undefined;

/** Remember the session's CSRF token (from login, one-time sign-in or /api/auth/me). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  const text = await response.text();
  if (!response.ok) throw errorFromResponse(response.status, text);
  if (response.status === 204 || text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, 'internal', 'The server sent a response that is not JSON');
  }
}

const q = encodeURIComponent;

export const api = {
  me: () => request<Me>('GET', '/api/auth/me'),
  login: (email: string, password: string) =>
    request<LoginResponse>('POST', '/api/auth/login', { email, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  oneTime: (token: string) => request<OneTimeResponse>('POST', '/api/auth/one-time', { token }),
  setPassword: (password: string) => request<void>('POST', '/api/auth/password', { password }),

  guideline: () => request<PublishedGuideline>('GET', '/api/guideline'),
  guidelineVersion: (version: number) =>
    request<PublishedGuideline>('GET', `/api/guideline/versions/${version}`),
  versions: () => request<{ versions: VersionSummary[] }>('GET', '/api/guideline/versions'),
  publish: (source: string, note: string) =>
    request<{ version: number }>('POST', '/api/guideline/versions', {
      source,
      ...(note.trim() ? { note: note.trim() } : {}),
    }),
  diff: (from: number, to: number) =>
    request<GuidelineDiff>('GET', `/api/guideline/diff?from=${from}&to=${to}`),
  acknowledge: (version: number) =>
    request<void>('POST', `/api/guideline/versions/${version}/acknowledge`),
  acknowledgements: (version?: number) =>
    request<Acknowledgements>(
      'GET',
      `/api/guideline/acknowledgements${version === undefined ? '' : `?version=${version}`}`,
    ),

  check: (text: string, channel: string | undefined, as: PostKind) =>
    request<CheckResult>('POST', '/api/check', { text, as, ...(channel ? { channel } : {}) }),

  drafts: () => request<{ drafts: Draft[] }>('GET', '/api/drafts'),
  draft: (id: Draft['id']) => request<{ draft: Draft }>('GET', `/api/drafts/${q(String(id))}`),
  createDraft: (input: DraftInput) => request<DraftResponse>('POST', '/api/drafts', input),
  updateDraft: (id: Draft['id'], input: DraftInput) =>
    request<DraftResponse>('PUT', `/api/drafts/${q(String(id))}`, input),
  deleteDraft: (id: Draft['id']) => request<void>('DELETE', `/api/drafts/${q(String(id))}`),

  users: () => request<{ users: User[] }>('GET', '/api/users'),
  inviteUser: (input: CreateUserRequest) =>
    request<{ user: User; inviteUrl: string }>('POST', '/api/users', input),
  updateUser: (id: User['id'], patch: UpdateUserRequest) =>
    request<{ user: User }>('PATCH', `/api/users/${q(String(id))}`, patch),
  teams: () => request<{ teams: Team[] }>('GET', '/api/teams'),
  createTeam: (name: string) => request<{ team: Team }>('POST', '/api/teams', { name }),

  tokens: () => request<{ tokens: ApiToken[] }>('GET', '/api/tokens'),
  createToken: (name: string, email: string) =>
    request<{ id: ApiToken['id']; token: string }>('POST', '/api/tokens', {
      name,
      ...(email.trim() ? { email: email.trim() } : {}),
    }),
  revokeToken: (id: ApiToken['id']) => request<void>('DELETE', `/api/tokens/${q(String(id))}`),
};
