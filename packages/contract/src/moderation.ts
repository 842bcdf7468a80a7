import { z } from 'zod';
import { postKindSchema } from './check.js';

/** Someone named in moderation: a moderator, the author, the final say. */
export const moderationPersonSchema = z.object({ id: z.string(), name: z.string() });
export type ModerationPerson = z.infer<typeof moderationPersonSchema>;

export const POST_VISIBILITIES = ['visible', 'hidden'] as const;
export const postVisibilitySchema = z.enum(POST_VISIBILITIES);
export type PostVisibility = z.infer<typeof postVisibilitySchema>;

export const MODERATION_ACTIONS = [
  'hide',
  'restore',
  'appeal',
  'appeal-upheld',
  'appeal-granted',
] as const;
export const APPEAL_STATUSES = ['open', 'upheld', 'granted'] as const;
export const APPEAL_DECISIONS = ['grant', 'uphold'] as const;

const note = z.string().trim().max(2000);

export const hidePostRequestSchema = z.object({
  /** A reason id from the published guideline's `moderation.reasons`. */
  reason: z.string().trim().min(1).max(100),
  note: note.optional(),
});
export type HidePostRequest = z.infer<typeof hidePostRequestSchema>;

export const restorePostRequestSchema = z.object({ note: note.optional() }).default({});
export type RestorePostRequest = z.input<typeof restorePostRequestSchema>;

export const appealRequestSchema = z.object({ text: z.string().trim().min(1).max(4000) });
export type AppealRequest = z.infer<typeof appealRequestSchema>;

export const decideAppealRequestSchema = z.object({
  decision: z.enum(APPEAL_DECISIONS),
  /** Why: the author reads it. */
  note: z.string().trim().min(1).max(2000),
});
export type DecideAppealRequest = z.infer<typeof decideAppealRequestSchema>;

export const moderationActionSchema = z.object({
  id: z.string(),
  action: z.enum(MODERATION_ACTIONS),
  actor: moderationPersonSchema.nullable(),
  /** The guideline's reason id (hide). */
  reason: z.string().nullable(),
  /** The reason as the current guideline words it (null when it no longer has it). */
  reasonText: z.string().nullable(),
  /** The guideline article the reason cites. */
  article: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ModerationAction = z.infer<typeof moderationActionSchema>;

export const appealSchema = z.object({
  id: z.string(),
  postId: z.string(),
  author: moderationPersonSchema,
  text: z.string(),
  status: z.enum(APPEAL_STATUSES),
  decidedBy: moderationPersonSchema.nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Appeal = z.infer<typeof appealSchema>;

export const moderatedPostSchema = z.object({
  id: z.string(),
  author: moderationPersonSchema,
  channel: z.string().nullable(),
  kind: postKindSchema,
  text: z.string(),
  status: z.string(),
  visibility: postVisibilitySchema,
  publishedUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  openAppeal: appealSchema.nullable(),
});
export type ModeratedPost = z.infer<typeof moderatedPostSchema>;

export const moderationPostsQuerySchema = z.object({ visibility: postVisibilitySchema.optional() });

export const moderationPostsResponseSchema = z.object({ posts: z.array(moderatedPostSchema) });
export type ModerationPostsResponse = z.infer<typeof moderationPostsResponseSchema>;

export const openAppealsResponseSchema = z.object({
  appeals: z.array(appealSchema.extend({ post: moderatedPostSchema })),
});
export type OpenAppealsResponse = z.infer<typeof openAppealsResponseSchema>;

export const moderationResultSchema = z.object({
  post: moderatedPostSchema,
  action: moderationActionSchema,
});
export type ModerationResult = z.infer<typeof moderationResultSchema>;

export const appealResponseSchema = z.object({ appeal: appealSchema });
export type AppealResponse = z.infer<typeof appealResponseSchema>;

export const decideAppealResponseSchema = z.object({
  appeal: appealSchema,
  post: moderatedPostSchema,
});
export type DecideAppealResponse = z.infer<typeof decideAppealResponseSchema>;

export const moderationHistoryResponseSchema = z.object({
  post: moderatedPostSchema,
  actions: z.array(moderationActionSchema),
  appeals: z.array(appealSchema),
  /** How an author appeals, from the guideline. */
  appealHow: z.string(),
  /** Whether the signed-in person may appeal now (the author, hidden, no open appeal). */
  canAppeal: z.boolean(),
});
export type ModerationHistoryResponse = z.infer<typeof moderationHistoryResponseSchema>;
