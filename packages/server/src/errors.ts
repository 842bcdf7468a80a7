import type { ErrorCode, Finding, GuidelineProblemBody } from '@leidraad/contract';

type Extra = {
  field?: string;
  retryAfterSeconds?: number;
  problems?: GuidelineProblemBody[];
  findings?: Finding[];
};

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  csrf: 403,
  conflict: 409,
  invalid_guideline: 422,
  post_has_errors: 422,
  rate_limited: 429,
  internal: 500,
};

/** An error the API answers as `{"error":{"code","message",…}}` with the code's status. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly extra: Extra;
  constructor(code: ErrorCode, message: string, extra: Extra = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = STATUS[code];
    this.extra = extra;
  }

  toBody() {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const notFound = (what = 'Not found') => new ApiError('not_found', what);
export const forbidden = () => new ApiError('forbidden', 'Your role does not allow this action.');
export const unauthorized = (message = 'Sign in first, or send an API token.') =>
  new ApiError('unauthorized', message);
export const badRequest = (message: string, field?: string) =>
  new ApiError('bad_request', message, field === undefined ? {} : { field });
