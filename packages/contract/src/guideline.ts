import { z } from 'zod';
import { userSchema } from './users.js';

const versionNumber = z.coerce.number().int().positive();

export const guidelineVersionResponseSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  /** The YAML source as published. */
  source: z.string(),
  /** The parsed, validated guideline (JSON). */
  guideline: z.record(z.string(), z.unknown()),
});
export type GuidelineVersionResponse = z.infer<typeof guidelineVersionResponseSchema>;

export const guidelineVersionSummarySchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  note: z.string().nullable(),
});
export type GuidelineVersionSummary = z.infer<typeof guidelineVersionSummarySchema>;

export const listVersionsResponseSchema = z.object({
  versions: z.array(guidelineVersionSummarySchema),
});
export type ListVersionsResponse = z.infer<typeof listVersionsResponseSchema>;

export const versionParamsSchema = z.object({ version: versionNumber });
export type VersionParams = z.infer<typeof versionParamsSchema>;

export const publishRequestSchema = z.object({
  source: z.string().min(1).max(2_000_000),
  note: z.string().max(1000).optional(),
});
export type PublishRequest = z.infer<typeof publishRequestSchema>;

export const publishResponseSchema = z.object({ version: z.number().int() });
export type PublishResponse = z.infer<typeof publishResponseSchema>;

export const diffQuerySchema = z.object({ from: versionNumber, to: versionNumber });
export type DiffQuery = z.infer<typeof diffQuerySchema>;

export const diffResponseSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  /** Unified diff of the two YAML sources. */
  diff: z.string(),
});
export type DiffResponse = z.infer<typeof diffResponseSchema>;

export const acknowledgementsQuerySchema = z.object({
  /** The current version when left out. */
  version: versionNumber.optional(),
});
export type AcknowledgementsQuery = z.infer<typeof acknowledgementsQuerySchema>;

export const acknowledgementsResponseSchema = z.object({
  version: z.number().int(),
  acknowledged: z.array(z.object({ user: userSchema, acknowledgedAt: z.string() })),
  pending: z.array(userSchema),
});
export type AcknowledgementsResponse = z.infer<typeof acknowledgementsResponseSchema>;
