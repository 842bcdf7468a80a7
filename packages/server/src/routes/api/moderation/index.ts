import {
  appealRequestSchema,
  appealResponseSchema,
  decideAppealRequestSchema,
  decideAppealResponseSchema,
  hidePostRequestSchema,
  idParamsSchema,
  moderationHistoryResponseSchema,
  moderationPostsQuerySchema,
  moderationPostsResponseSchema,
  moderationResultSchema,
  openAppealsResponseSchema,
  restorePostRequestSchema,
} from '@leidraad/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appealPost } from '../../../commands/appeal-post.js';
import { decideAppeal } from '../../../commands/decide-appeal.js';
import { hidePost, type ModerationOutcome, type Moderator } from '../../../commands/hide-post.js';
import type { Notified } from '../../../commands/notify.js';
import { restorePost } from '../../../commands/restore-post.js';
import { notFound } from '../../../errors.js';
import { createMailer } from '../../../mail/mailer.js';
import { mailsFor } from '../../../mail/messages.js';
import type { Access } from '../../../plugins/app/access.js';
import {
  describePost,
  moderationHistory,
  moderationQueue,
  openAppeals,
  toAppeal,
  toModerationAction,
} from '../../../queries/moderation.js';
import { findPost } from '../../../queries/posts.js';
import { userNames } from '../../../queries/users.js';
import { postSubject } from '../../../security/abilities.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

const tags = ['moderation'];

/**
 * Transparent moderation: posts are hidden for a reason from the guideline (never deleted),
 * the author is told and may appeal, the final say decides; everything stays in the history
 * and in the audit log.
 */
export function moderationRoutes({ db, auth, access, config }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const mailer = createMailer(config.smtpUrl, config.mailFrom);
    app.addHook('onClose', async () => {
      await mailer.idle();
      mailer.close();
    });

    const moderator = (a: Access): Moderator => ({
      userId: a.user.id,
      ability: a.ability,
      guideline: a.guideline.guideline,
    });
    /** E-mails after the transaction committed; failures only log a warning. */
    const mail = (a: Access, notified: Notified[], postText: string, log: FastifyBaseLogger) => {
      if (!mailer.enabled || notified.length === 0) return;
      mailer.send(
        mailsFor(notified, a.guideline.guideline.language, postText, config.publicUrl),
        log,
      );
    };
    const names = (...ids: (string | null)[]) => userNames(db, ids);
    /** The answer to hide and restore: the post as it is now and the caller's action. */
    const moderated = async (a: Access, out: ModerationOutcome, log: FastifyBaseLogger) => {
      mail(a, out.notified, out.post.text, log);
      const actor = new Map([[a.user.id, a.user.name]]);
      return {
        post: await describePost(db, out.post),
        action: toModerationAction(out.action, actor, a.guideline.guideline),
      };
    };

    app.get(
      '/posts',
      {
        preHandler: [auth.guard(), access.require('moderation:act')],
        schema: {
          tags,
          summary: 'Posts a moderator may hide or restore, most recently changed first',
          security,
          querystring: moderationPostsQuerySchema,
          response: { 200: moderationPostsResponseSchema, ...errors(400, ...AUTH_ERRORS) },
        },
      },
      async (request) => ({ posts: await moderationQueue(db, request.query.visibility) }),
    );

    app.get(
      '/appeals',
      {
        preHandler: [auth.guard(), access.require('appeals:decide')],
        schema: {
          tags,
          summary: 'Open appeals, oldest first, each with its post',
          security,
          response: { 200: openAppealsResponseSchema, ...errors(...AUTH_ERRORS) },
        },
      },
      async () => ({ appeals: await openAppeals(db) }),
    );

    app.post(
      '/posts/:id/hide',
      {
        preHandler: [auth.guard(), access.require('moderation:act')],
        schema: {
          tags,
          summary: 'Hide a post for a reason from the guideline; the author is told',
          security,
          params: idParamsSchema,
          body: hidePostRequestSchema,
          response: { 200: moderationResultSchema, ...errors(400, ...AUTH_ERRORS, 404, 409) },
        },
      },
      async (request) => {
        const a = access.of(request);
        const out = await hidePost(
          db,
          request.params.id,
          moderator(a),
          request.body,
          auth.auditMeta(request),
        );
        return moderated(a, out, request.log);
      },
    );

    app.post(
      '/posts/:id/restore',
      {
        preHandler: [auth.guard(), access.require('moderation:act')],
        schema: {
          tags,
          summary: 'Make a hidden post visible again; an open appeal closes as granted',
          security,
          params: idParamsSchema,
          body: restorePostRequestSchema,
          response: { 200: moderationResultSchema, ...errors(400, ...AUTH_ERRORS, 404, 409) },
        },
      },
      async (request) => {
        const a = access.of(request);
        const out = await restorePost(
          db,
          request.params.id,
          moderator(a),
          request.body ?? {},
          auth.auditMeta(request),
        );
        return moderated(a, out, request.log);
      },
    );

    app.post(
      '/posts/:id/appeal',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary: 'The author appeals against hiding their post',
          security,
          params: idParamsSchema,
          body: appealRequestSchema,
          response: { 201: appealResponseSchema, ...errors(400, ...AUTH_ERRORS, 404, 409) },
        },
      },
      async (request, reply) => {
        const a = access.of(request);
        const out = await appealPost(
          db,
          request.params.id,
          { userId: a.user.id, ability: a.ability },
          request.body.text,
          auth.auditMeta(request),
        );
        mail(a, out.notified, out.post.text, request.log);
        return reply
          .code(201)
          .send({ appeal: toAppeal(out.appeal, await names(out.appeal.author_id)) });
      },
    );

    app.post(
      '/appeals/:id/decide',
      {
        preHandler: [auth.guard(), access.require('appeals:decide')],
        schema: {
          tags,
          summary: 'Grant (the post is visible again) or uphold an open appeal',
          security,
          params: idParamsSchema,
          body: decideAppealRequestSchema,
          response: { 200: decideAppealResponseSchema, ...errors(400, ...AUTH_ERRORS, 404, 409) },
        },
      },
      async (request) => {
        const a = access.of(request);
        const out = await decideAppeal(
          db,
          request.params.id,
          { userId: a.user.id, ability: a.ability },
          request.body,
          auth.auditMeta(request),
        );
        mail(a, out.notified, out.post.text, request.log);
        return {
          appeal: toAppeal(out.appeal, await names(out.appeal.author_id, out.appeal.decided_by)),
          post: await describePost(db, out.post),
        };
      },
    );

    app.get(
      '/posts/:id/history',
      {
        preHandler: [auth.guard(), access.require()],
        schema: {
          tags,
          summary: "A post's moderation history: every action and appeal, with reasons",
          security,
          params: idParamsSchema,
          response: { 200: moderationHistoryResponseSchema, ...errors(...AUTH_ERRORS, 404) },
        },
      },
      async (request) => {
        const a = access.of(request);
        const post = await findPost(db, request.params.id);
        if (!post || !a.ability.can('read-moderation', postSubject(post))) {
          throw notFound('No such post.');
        }
        const mayAppeal = a.ability.can('appeal', postSubject(post));
        return moderationHistory(
          db,
          post,
          a.guideline.guideline,
          (open) => mayAppeal && post.visibility === 'hidden' && open === undefined,
        );
      },
    );
  };
}
