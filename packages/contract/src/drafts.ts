import { z } from 'zod';
import { checkResponseSchema, MAX_TEXT_LENGTH, postKindSchema } from './check.js';

export const draftSchema = z.object({
  id: z.string(),
  text: z.string(),
  channel: z.string().nullable(),
  as: postKindSchema,
  /** The findings of the server's last check (with the version then published). */
  findings: checkResponseSchema.shape.findings,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftRequestSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH),
  channel: z.string().min(1).max(100).optional(),
  as: postKindSchema,
});
export type DraftRequest = z.infer<typeof draftRequestSchema>;

export const listDraftsResponseSchema = z.object({ drafts: z.array(draftSchema) });
export type ListDraftsResponse = z.infer<typeof listDraftsResponseSchema>;

export const draftResponseSchema = z.object({ draft: draftSchema });
export type DraftResponse = z.infer<typeof draftResponseSchema>;

export const draftWithResultResponseSchema = z.object({
  draft: draftSchema,
  result: checkResponseSchema,
});
export type DraftWithResultResponse = z.infer<typeof draftWithResultResponseSchema>;
