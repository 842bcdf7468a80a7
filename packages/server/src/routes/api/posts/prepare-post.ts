import { subject } from '@casl/ability';
import type { CheckResponse, Finding, SubmitPostRequest } from '@leidraad/contract';
import { type ApprovalStep, approvalFlowFor, type PostKind, SUBMIT_ACTION } from '@leidraad/core';
import { ApiError, badRequest } from '../../../errors.js';
import type { Access } from '../../../plugins/app/access.js';
import { runCheck } from '../check/run-check.js';

/** A post as the author sends it, with the kind decided. */
export type PostInput = Omit<SubmitPostRequest, 'draftId'>;

/** What the server concluded about a post it is about to store. */
export type PreparedPost = {
  input: PostInput;
  result: CheckResponse;
  errorCount: number;
  /** The review steps that apply now (empty: no review needed). */
  steps: ApprovalStep[];
  /** The author's note when errors go to review anyway. */
  overrideRequest: string | null;
  guidelineVersion: number;
  phase: string;
};

/** 403 naming the capability, unless the person may submit a post of this kind. */
export function requireSubmit(access: Access, kind: PostKind): void {
  if (access.ability.can('submit', subject('Post', { authorId: access.user.id, kind }))) return;
  throw new ApiError(
    'forbidden',
    `You may not submit a ${kind} post now: that needs the capability "${SUBMIT_ACTION[kind]}", which the guideline does not give you in the current phase.`,
  );
}

/**
 * Checks the post with the published guideline and finds its review flow. Error findings
 * block it (422 `post_has_errors`) unless the author asks for an override with a note and
 * a review applies: a post nobody reviews cannot be overridden.
 */
export function preparePost(access: Access, input: PostInput): PreparedPost {
  const result = runCheck(access.guideline, {
    text: input.text,
    as: input.as,
    ...(input.channel !== undefined ? { channel: input.channel } : {}),
    ...(input.media !== undefined ? { media: input.media } : {}),
  });
  const errors: Finding[] = result.findings.filter((f) => f.severity === 'error');
  const flow = approvalFlowFor(access.guideline.guideline, access.phase, {
    channel: input.channel,
    kind: input.as,
  });
  if (errors.length > 0) {
    if (!input.requestOverride) {
      throw new ApiError(
        'post_has_errors',
        `The check found ${errors.length} error(s). Fix them, or send the post to review with requestOverride and a note.`,
        { findings: errors },
      );
    }
    if (!flow) {
      throw new ApiError(
        'post_has_errors',
        `The check found ${errors.length} error(s) and no review applies to this post, so nobody can override them. Fix them first.`,
        { findings: errors },
      );
    }
    if (!input.note) {
      throw badRequest('Explain in a note why the post should go out despite the errors.', 'note');
    }
  }
  return {
    input,
    result,
    errorCount: errors.length,
    steps: flow?.steps ?? [],
    overrideRequest: errors.length > 0 ? (input.note ?? null) : null,
    guidelineVersion: Number(access.guideline.row.version),
    phase: access.phase,
  };
}
