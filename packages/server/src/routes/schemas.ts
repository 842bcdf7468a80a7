import { errorResponseSchema } from '@leidraad/contract';
import { z } from 'zod';

/** The error responses a route can give, for its OpenAPI entry. */
export function errors<const S extends number>(
  ...statuses: S[]
): Record<S, typeof errorResponseSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponseSchema])) as Record<
    S,
    typeof errorResponseSchema
  >;
}

export const noContent = z.null().describe('No content');

/** Every signed-in route: no session or token, bad CSRF header, role not allowed. */
export const AUTH_ERRORS = [401, 403] as const;

/** Either a bearer token or the session cookie. */
export const security: Record<string, string[]>[] = [{ bearer: [] }, { session: [] }];
