import {
  acknowledgementsQuerySchema,
  acknowledgementsResponseSchema,
  diffQuerySchema,
  diffResponseSchema,
  guidelineVersionResponseSchema,
  listVersionsResponseSchema,
  publishRequestSchema,
  publishResponseSchema,
  versionParamsSchema,
} from '@leidraad/contract';
import { createTwoFilesPatch } from 'diff';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acknowledgeGuideline } from '../../../commands/acknowledge-guideline.js';
import { publishGuideline } from '../../../commands/publish-guideline.js';
import { notFound } from '../../../errors.js';
import type { CompiledVersion } from '../../../plugins/app/guidelines.js';
import { listVersions, toVersionResponse } from '../../../queries/guideline.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, noContent, security } from '../../schemas.js';
import { acknowledgementsOf } from './acknowledgements.js';

export function guidelineRoutes({ db, auth, access, guidelines }: Services): FastifyPluginAsyncZod {
  async function version(n: number): Promise<CompiledVersion> {
    const v = await guidelines.get(n);
    if (!v) throw notFound(`No guideline version ${n}.`);
    return v;
  }

  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['guideline'],
          summary: 'The published guideline: YAML source and parsed JSON',
          security,
          response: { 200: guidelineVersionResponseSchema, ...errors(...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('guideline:read'),
      },
      async () => toVersionResponse(await guidelines.current()),
    );

    app.get(
      '/versions',
      {
        schema: {
          tags: ['guideline'],
          summary: 'Every published version, newest first',
          security,
          response: { 200: listVersionsResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: auth.guard('guideline:read'),
      },
      async () => ({ versions: await listVersions(db) }),
    );

    app.get(
      '/versions/:version',
      {
        schema: {
          tags: ['guideline'],
          summary: 'One published version',
          security,
          params: versionParamsSchema,
          response: { 200: guidelineVersionResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('guideline:read'),
      },
      async (request) => toVersionResponse(await version(request.params.version)),
    );

    app.post(
      '/versions',
      {
        schema: {
          tags: ['guideline'],
          summary: 'Publish a new version (a malformed one answers 422 and changes nothing)',
          security,
          body: publishRequestSchema,
          response: { 201: publishResponseSchema, ...errors(400, ...AUTH_ERRORS, 409, 422) },
        },
        preHandler: [auth.guard(), access.require('guideline:publish')],
      },
      async (request, reply) => {
        const published = await publishGuideline(
          db,
          {
            source: request.body.source,
            note: request.body.note,
            publishedBy: auth.principal(request).user.id,
          },
          auth.auditMeta(request),
        );
        guidelines.invalidate();
        return reply.code(201).send({ version: published });
      },
    );

    app.get(
      '/diff',
      {
        schema: {
          tags: ['guideline'],
          summary: 'Unified diff of two versions’ YAML sources',
          security,
          querystring: diffQuerySchema,
          response: { 200: diffResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('guideline:read'),
      },
      async (request) => {
        const { from, to } = request.query;
        const [a, b] = await Promise.all([version(from), version(to)]);
        const diff = createTwoFilesPatch(
          `leidraad.yaml@${from}`,
          `leidraad.yaml@${to}`,
          a.row.source,
          b.row.source,
        );
        return { from, to, diff };
      },
    );

    app.post(
      '/versions/:version/acknowledge',
      {
        schema: {
          tags: ['guideline'],
          summary: 'Acknowledge that you have read a version',
          security,
          params: versionParamsSchema,
          response: { 204: noContent, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('guideline:acknowledge'),
      },
      async (request, reply) => {
        const v = await version(request.params.version);
        await acknowledgeGuideline(
          db,
          v.row.version,
          auth.principal(request).user.id,
          auth.auditMeta(request),
        );
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/acknowledgements',
      {
        schema: {
          tags: ['guideline'],
          summary: 'Who has acknowledged a version (the current one by default) and who not yet',
          security,
          querystring: acknowledgementsQuerySchema,
          response: { 200: acknowledgementsResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: auth.guard('acknowledgements:read'),
      },
      async (request) => {
        const n = request.query.version;
        const v = n === undefined ? await guidelines.current() : await version(n);
        return acknowledgementsOf(db, v.row.version);
      },
    );
  };
}
