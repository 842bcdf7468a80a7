import {
  idParamsSchema,
  listPostsResponseSchema,
  MIN_OVERRIDE_REASON,
  postDetailResponseSchema,
  publishPostRequestSchema,
  reviewRequestSchema,
  submitPostRequestSchema,
  updatePostRequestSchema,
} from '@leidraad/contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { editPost } from '../../../commands/edit-post.js';
import { publishPost } from '../../../commands/publish-post.js';
import { reviewPost } from '../../../commands/review-post.js';
import { submitPost } from '../../../commands/submit-post.js';
import { withdrawPost } from '../../../commands/withdraw-post.js';
import type { PostsTable } from '../../../db/tables/posts.js';
import { ApiError, badRequest, notFound } from '../../../errors.js';
import type { Access } from '../../../plugins/app/access.js';
import { findOwnDraft } from '../../../queries/drafts.js';
import {
  currentStep,
  FINAL_STATUSES,
  findPost,
  listOwnPosts,
  matchesStep,
  postDetail,
  toPosts,
} from '../../../queries/posts.js';
import { postSubject } from '../../../security/abilities.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';
import { preparePost, requireSubmit } from './prepare-post.js';

const tags = ['posts'];

/**
 * Posts submitted for review: the author submits, edits, withdraws and publishes; reviewers
 * decide step by step. A post the caller may not read answers 404.
 */
export function postsRoutes({ db, auth, access }: Services): FastifyPluginAsyncZod {
  /** The post if the caller may read it; 404 otherwise (also for a foreign post). */
  async function readable(request: FastifyRequest, id: string): Promise<PostsTable> {
    const row = await findPost(db, id);
    if (!row || !access.of(request).ability.can('read', postSubject(row))) {
      throw notFound('No such post.');
    }
    return row;
  }

  /** A post the caller may edit or withdraw (only the author, by the abilities); else 404. */
  async function own(
    request: FastifyRequest,
    id: string,
    action: 'update' | 'withdraw',
  ): Promise<PostsTable> {
    const row = await findPost(db, id);
    if (!row || !access.of(request).ability.can(action, postSubject(row))) {
      throw notFound('No such post.');
    }
    return row;
  }

  const detail = (request: FastifyRequest, row: PostsTable) =>
    postDetail(db, access.of(request), row);

  return async (app) => {
    app.get(
      '/',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary: 'Your submitted posts, newest first',
          security,
          response: { 200: listPostsResponseSchema, ...errors(...AUTH_ERRORS) },
        },
      },
      async (request) => ({
        posts: await toPosts(db, await listOwnPosts(db, access.of(request).user.id)),
      }),
    );

    app.post(
      '/',
      {
        preHandler: [auth.guard(), access.require('posts:submit')],
        schema: {
          tags,
          summary:
            'Submit a post: checked with the published guideline, then in review (or approved when no review applies)',
          security,
          body: submitPostRequestSchema,
          response: {
            201: postDetailResponseSchema,
            ...errors(400, ...AUTH_ERRORS, 404, 422),
          },
        },
      },
      async (request, reply) => {
        const a = access.of(request);
        const { draftId, ...input } = request.body;
        requireSubmit(a, input.as);
        if (draftId !== undefined && !(await findOwnDraft(db, draftId, a.user.id))) {
          throw notFound('No such draft.');
        }
        const prepared = preparePost(a, input);
        const row = await submitPost(db, a.user.id, prepared, draftId, auth.auditMeta(request));
        return reply.code(201).send(await detail(request, row));
      },
    );

    app.get(
      '/:id',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary: 'One post with its steps, findings and review history',
          security,
          params: idParamsSchema,
          response: { 200: postDetailResponseSchema, ...errors(...AUTH_ERRORS, 404) },
        },
      },
      async (request) => detail(request, await readable(request, request.params.id)),
    );

    app.put(
      '/:id',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary: 'Edit your post: checked again, a new revision, and the review starts over',
          security,
          params: idParamsSchema,
          body: updatePostRequestSchema,
          response: {
            200: postDetailResponseSchema,
            ...errors(400, ...AUTH_ERRORS, 404, 409, 422),
          },
        },
      },
      async (request) => {
        const a = access.of(request);
        const row = await own(request, request.params.id, 'update');
        if (FINAL_STATUSES.has(row.status)) {
          throw new ApiError('conflict', `A ${row.status} post can no longer be edited.`);
        }
        const body = request.body;
        const input = {
          ...body,
          as: body.as ?? row.post_kind,
          channel: body.channel ?? row.channel ?? undefined,
          media: body.media ?? (JSON.parse(row.media_json) as typeof body.media),
        };
        requireSubmit(a, input.as);
        const prepared = preparePost(a, input);
        const saved = await editPost(db, row, prepared, auth.auditMeta(request));
        return detail(request, saved);
      },
    );

    app.post(
      '/:id/withdraw',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary: 'Withdraw your post',
          security,
          params: idParamsSchema,
          response: { 200: postDetailResponseSchema, ...errors(...AUTH_ERRORS, 404, 409) },
        },
      },
      async (request) => {
        const row = await own(request, request.params.id, 'withdraw');
        const saved = await withdrawPost(db, row, auth.auditMeta(request));
        return detail(request, saved);
      },
    );

    app.post(
      '/:id/publish',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary:
            'Record that an approved post went out (url) or when it will (scheduledAt); by the author or a reviewer',
          security,
          params: idParamsSchema,
          body: publishPostRequestSchema,
          response: {
            200: postDetailResponseSchema,
            ...errors(400, ...AUTH_ERRORS, 404, 409),
          },
        },
      },
      async (request) => {
        const a = access.of(request);
        const row = await readable(request, request.params.id);
        const mayPublish = row.author_id === a.user.id || a.ability.can('review', postSubject(row));
        if (!mayPublish) {
          throw new ApiError('forbidden', 'Only the author or a reviewer publishes a post.');
        }
        const saved = await publishPost(db, row, request.body, auth.auditMeta(request));
        return detail(request, saved);
      },
    );

    app.post(
      '/:id/reviews',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary:
            'Decide the current review step of the revision you read: approve, reject or ask for changes',
          security,
          params: idParamsSchema,
          body: reviewRequestSchema,
          response: {
            200: postDetailResponseSchema,
            ...errors(400, ...AUTH_ERRORS, 404, 409),
          },
        },
      },
      async (request) => {
        const a = access.of(request);
        const row = await readable(request, request.params.id);
        const { revision, decision } = request.body;
        const comment = request.body.comment || null;
        const overrideReason = request.body.overrideReason || null;
        decideAllowed(a, row);
        if (row.status !== 'in-review') {
          throw new ApiError('conflict', `The post is not waiting for a review (${row.status}).`);
        }
        if (revision !== row.revision) {
          throw new ApiError(
            'conflict',
            `The author changed the post: revision ${row.revision} is current, you read ${revision}.`,
          );
        }
        const step = currentStep(row);
        if (!step || !matchesStep(step, a.person)) {
          throw new ApiError(
            'forbidden',
            `The step "${step?.name ?? '?'}" is for ${describeStep(step)}.`,
          );
        }
        if (decision !== 'approve' && comment === null) {
          throw badRequest(
            'Say why: a comment is required to reject or ask for changes.',
            'comment',
          );
        }
        const override = decision === 'approve' && row.error_count > 0;
        if (override && (overrideReason === null || overrideReason.length < MIN_OVERRIDE_REASON)) {
          throw badRequest(
            `The post has ${row.error_count} error finding(s): approving it needs a written reason of at least ${MIN_OVERRIDE_REASON} characters.`,
            'overrideReason',
          );
        }
        const saved = await reviewPost(
          db,
          row,
          revision,
          { id: a.user.id, name: a.user.name },
          { decision, comment, overrideReason: override ? overrideReason : null },
          auth.auditMeta(request),
        );
        return detail(request, saved);
      },
    );
  };
}

/** 403 unless the caller may review the post (never their own). */
function decideAllowed(a: Access, row: PostsTable): void {
  if (a.ability.can('review', postSubject(row))) return;
  throw new ApiError(
    'forbidden',
    row.author_id === a.user.id
      ? 'You cannot review your own post.'
      : 'Reviewing needs the capability "approve", which the guideline does not give you in the current phase.',
  );
}

function describeStep(step: { roles: string[]; teams: string[] } | undefined): string {
  if (!step) return 'nobody';
  const parts = [...step.roles.map((r) => `role ${r}`), ...step.teams.map((t) => `team ${t}`)];
  return parts.join(' or ');
}
