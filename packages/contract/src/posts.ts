import { z } from 'zod';
import { checkRequestSchema, findingSchema, mediaSchema, postKindSchema } from './check.js';
import { phaseSchema } from './permissions.js';

/**
 * Posts submitted for review. in-review → approved → scheduled | published; a reviewer may
 * send a post back (changes-requested) or reject it (final); the author may withdraw it.
 */
export const POST_STATUSES = [
  'in-review',
  'changes-requested',
  'rejected',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const;
export const postStatusSchema = z.enum(POST_STATUSES);
export type PostStatus = z.infer<typeof postStatusSchema>;

export const REVIEW_DECISIONS = ['approve', 'reject', 'changes'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** Shortest written reason for approving a post that still has error findings. */
export const MIN_OVERRIDE_REASON = 10;

const note = z.string().trim().min(1).max(2000);

/**
 * The fields of the post, named as in POST /api/check. Unknown fields (status, authorId, …)
 * are dropped before the server sees the body: they are never stored.
 */
const postFields = {
  text: checkRequestSchema.shape.text,
  channel: checkRequestSchema.shape.channel,
  media: checkRequestSchema.shape.media,
  /**
   * Send the post to review although the check found errors; `note` explains why. A
   * reviewer can then only approve it with a written reason.
   */
  requestOverride: z.boolean().optional(),
  note: note.optional(),
};

export const submitPostRequestSchema = z.object({
  ...postFields,
  as: postKindSchema,
  /** The author's own draft the post was written in (the draft is kept). */
  draftId: z.string().min(1).max(100).optional(),
});
export type SubmitPostRequest = z.infer<typeof submitPostRequestSchema>;

/** Editing starts the review again; `as` and `channel` stay as they were when left out. */
export const updatePostRequestSchema = z.object({
  ...postFields,
  as: postKindSchema.optional(),
});
export type UpdatePostRequest = z.infer<typeof updatePostRequestSchema>;

export const reviewRequestSchema = z.object({
  /** The revision the reviewer read; another revision answers 409. */
  revision: z.number().int().min(1),
  decision: reviewDecisionSchema,
  /** Required for `reject` and `changes`: the author needs to know why. */
  comment: z.string().trim().max(5000).optional(),
  /** Required to approve a post with error findings. */
  overrideReason: z.string().trim().max(2000).optional(),
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** Either the link of the published post, or when it is scheduled to go out. */
export const publishPostRequestSchema = z.union([
  z.object({ url: z.url().max(2000) }),
  z.object({ scheduledAt: z.iso.datetime({ offset: true }) }),
]);
export type PublishPostRequest = z.infer<typeof publishPostRequestSchema>;

export const personRefSchema = z.object({ id: z.string().nullable(), name: z.string().nullable() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const STEP_STATES = ['pending', 'current', 'approved', 'rejected', 'changes'] as const;

export const postStepSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  teams: z.array(z.string()),
  /** For the current revision. */
  state: z.enum(STEP_STATES),
  decidedBy: personRefSchema.nullable(),
});
export type PostStep = z.infer<typeof postStepSchema>;

export const postReviewSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  step: z.number().int(),
  /** The step's name as it was when the post was submitted (null if unknown). */
  stepName: z.string().nullable(),
  decision: reviewDecisionSchema,
  comment: z.string().nullable(),
  overrideReason: z.string().nullable(),
  reviewer: personRefSchema,
  createdAt: z.string(),
});
export type PostReview = z.infer<typeof postReviewSchema>;

export const postSchema = z.object({
  id: z.string(),
  author: personRefSchema,
  text: z.string(),
  channel: z.string().nullable(),
  as: postKindSchema,
  media: z.array(mediaSchema),
  revision: z.number().int(),
  status: postStatusSchema,
  /** Index of the step waiting for a decision (steps.length when none). */
  step: z.number().int(),
  steps: z.array(postStepSchema),
  guidelineVersion: z.number().int(),
  phase: phaseSchema,
  findings: z.array(findingSchema),
  errorCount: z.number().int(),
  /** The author's explanation when sending a post with errors to review. */
  overrideRequest: z.string().nullable(),
  /** The reviewer's reason for approving despite the errors. */
  overrideReason: z.string().nullable(),
  overrideBy: personRefSchema.nullable(),
  publishedUrl: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  visibility: z.enum(['visible', 'hidden']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Post = z.infer<typeof postSchema>;

/** What the caller may do with the post now, decided by the server. */
export const postCanSchema = z.object({
  edit: z.boolean(),
  withdraw: z.boolean(),
  review: z.boolean(),
  publish: z.boolean(),
  /** Approving needs a written reason (the post has error findings). */
  overrideNeedsReason: z.boolean(),
});
export type PostCan = z.infer<typeof postCanSchema>;

export const postDetailResponseSchema = z.object({
  post: postSchema,
  reviews: z.array(postReviewSchema),
  can: postCanSchema,
});
export type PostDetailResponse = z.infer<typeof postDetailResponseSchema>;

export const listPostsResponseSchema = z.object({ posts: z.array(postSchema) });
export type ListPostsResponse = z.infer<typeof listPostsResponseSchema>;

export const postResponseSchema = z.object({ post: postSchema });
export type PostResponse = z.infer<typeof postResponseSchema>;
