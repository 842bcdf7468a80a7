import {
  draftRequestSchema,
  draftResponseSchema,
  draftWithResultResponseSchema,
  idParamsSchema,
  listDraftsResponseSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleteDraft } from '../../../commands/delete-draft.js';
import { saveDraft } from '../../../commands/save-draft.js';
import { notFound } from '../../../errors.js';
import { findOwnDraft, listOwnDrafts, toDraft } from '../../../queries/drafts.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, noContent, security } from '../../schemas.js';
import { runCheck } from '../check/run-check.js';

/** A user's own drafts; another user's draft answers 404. */
export function draftsRoutes({ db, auth, guidelines }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('preHandler', auth.guard('drafts:write'));

    app.get(
      '/',
      {
        schema: {
          tags: ['drafts'],
          summary: 'Your drafts, most recently changed first',
          security,
          response: { 200: listDraftsResponseSchema, ...errors(...AUTH_ERRORS) },
        },
      },
      async (request) => ({
        drafts: (await listOwnDrafts(db, auth.principal(request).user.id)).map(toDraft),
      }),
    );

    app.post(
      '/',
      {
        schema: {
          tags: ['drafts'],
          summary: 'Save a new draft; the server checks it with the published guideline',
          security,
          body: draftRequestSchema,
          response: { 201: draftWithResultResponseSchema, ...errors(400, ...AUTH_ERRORS) },
        },
      },
      async (request, reply) => {
        const result = runCheck(await guidelines.current(), request.body);
        const row = await saveDraft(
          db,
          auth.principal(request).user.id,
          undefined,
          request.body,
          result,
          auth.auditMeta(request),
        );
        return reply.code(201).send({ draft: toDraft(row), result });
      },
    );

    app.get(
      '/:id',
      {
        schema: {
          tags: ['drafts'],
          summary: 'One of your drafts',
          security,
          params: idParamsSchema,
          response: { 200: draftResponseSchema, ...errors(...AUTH_ERRORS, 404) },
        },
      },
      async (request) => {
        const row = await findOwnDraft(db, request.params.id, auth.principal(request).user.id);
        if (!row) throw notFound('No such draft.');
        return { draft: toDraft(row) };
      },
    );

    app.put(
      '/:id',
      {
        schema: {
          tags: ['drafts'],
          summary: 'Replace one of your drafts; checked again',
          security,
          params: idParamsSchema,
          body: draftRequestSchema,
          response: { 200: draftWithResultResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
      },
      async (request) => {
        const result = runCheck(await guidelines.current(), request.body);
        const userId = auth.principal(request).user.id;
        const row = await saveDraft(
          db,
          userId,
          request.params.id,
          request.body,
          result,
          auth.auditMeta(request),
        );
        return { draft: toDraft(row), result };
      },
    );

    app.delete(
      '/:id',
      {
        schema: {
          tags: ['drafts'],
          summary: 'Delete one of your drafts',
          security,
          params: idParamsSchema,
          response: { 204: noContent, ...errors(...AUTH_ERRORS, 404) },
        },
      },
      async (request, reply) => {
        await deleteDraft(
          db,
          request.params.id,
          auth.principal(request).user.id,
          auth.auditMeta(request),
        );
        return reply.code(204).send(null);
      },
    );
  };
}
