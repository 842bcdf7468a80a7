import { listPostsResponseSchema } from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listInReview, mayDecide, toPosts } from '../../../queries/posts.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

/** The review queue: posts by others waiting at a step the caller may decide. */
export function reviewsRoutes({ db, auth, access }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        preHandler: [auth.guard(), access.require('posts:review')],
        schema: {
          tags: ['posts'],
          summary: 'Posts waiting for a review step you may decide, oldest first',
          security,
          response: { 200: listPostsResponseSchema, ...errors(...AUTH_ERRORS) },
        },
      },
      async (request) => {
        const a = access.of(request);
        const waiting = await listInReview(db, a.user.id);
        return {
          posts: await toPosts(
            db,
            waiting.filter((row) => mayDecide(a, row)),
          ),
        };
      },
    );
  };
}
