import { z } from 'zod';
import { findingSchema } from './check.js';

/** Stable error codes of the API (docs/errors.md says when each happens). */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'csrf',
  'rate_limited',
  'invalid_guideline',
  'conflict',
  'post_has_errors',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** A problem in an uploaded guideline, located at line and column (1-based). */
export const guidelineProblemSchema = z.object({
  line: z.number().int(),
  col: z.number().int(),
  /** Field path such as `rules[3].severity` (empty for syntax errors). */
  path: z.string(),
  message: z.string(),
});
export type GuidelineProblemBody = z.infer<typeof guidelineProblemSchema>;

export const errorResponseSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    /** The JSON path of the offending field (`bad_request`). */
    field: z.string().optional(),
    /** Seconds until a new attempt is allowed (`rate_limited`). */
    retryAfterSeconds: z.number().int().optional(),
    /** Every problem of a rejected guideline (`invalid_guideline`). */
    problems: z.array(guidelineProblemSchema).optional(),
    /** The error findings that block a submitted post (`post_has_errors`). */
    findings: z.array(findingSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
