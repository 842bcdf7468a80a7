import type { PostKind } from '@leidraad/core';

/**
 * A post submitted for publication. `status`: in-review → approved → scheduled | published;
 * a reviewer may send it back (changes-requested) or reject it; the author may withdraw it.
 * Editing raises `revision` and starts the review again.
 */
export type PostStatus =
  | 'in-review'
  | 'changes-requested'
  | 'rejected'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'withdrawn';

export type PostsTable = {
  id: string;
  author_id: string;
  channel: string | null;
  post_kind: PostKind;
  text: string;
  /** The attached media, as JSON (same shape as the check request's `media`). */
  media_json: string;
  revision: number;
  status: PostStatus;
  /** Index into the steps of the step waiting for a decision (steps.length when done). */
  step: number;
  /** The review steps that applied when the post was submitted, as JSON (ApprovalStep[]). */
  steps_json: string;
  guideline_version: number;
  phase: string;
  findings_json: string;
  error_count: number;
  /** The author's note when sending a post with error findings to review anyway. */
  override_request: string | null;
  override_reason: string | null;
  override_by: string | null;
  published_url: string | null;
  scheduled_at: string | null;
  /** `hidden` by a moderator; posts are never deleted. */
  visibility: 'visible' | 'hidden';
  created_at: string;
  updated_at: string;
};

export type PostReviewsTable = {
  id: string;
  post_id: string;
  revision: number;
  step: number;
  reviewer_id: string | null;
  decision: 'approve' | 'reject' | 'changes';
  comment: string | null;
  override_reason: string | null;
  created_at: string;
};
