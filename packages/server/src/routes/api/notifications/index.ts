import {
  idParamsSchema,
  notificationResponseSchema,
  notificationsQuerySchema,
  notificationsResponseSchema,
  readAllResponseSchema,
} from '@leidraad/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAllNotifications, readNotification } from '../../../commands/read-notifications.js';
import {
  listOwnNotifications,
  toNotification,
  unreadCount,
} from '../../../queries/notifications.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

const tags = ['notifications'];

/** A user's own notifications; another user's answers 404. */
export function notificationsRoutes({ db, auth }: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('preHandler', auth.guard());

    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Your notifications, newest first, with the number unread',
          security,
          querystring: notificationsQuerySchema,
          response: { 200: notificationsResponseSchema, ...errors(400, ...AUTH_ERRORS) },
        },
      },
      async (request) => {
        const userId = auth.principal(request).user.id;
        const [rows, unread] = await Promise.all([
          listOwnNotifications(db, userId, request.query.limit),
          unreadCount(db, userId),
        ]);
        return { notifications: rows.map(toNotification), unread };
      },
    );

    app.post(
      '/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one of your notifications read',
          security,
          params: idParamsSchema,
          response: { 200: notificationResponseSchema, ...errors(...AUTH_ERRORS, 404) },
        },
      },
      async (request) => {
        const row = await readNotification(
          db,
          auth.principal(request).user.id,
          request.params.id,
          auth.auditMeta(request),
        );
        return { notification: toNotification(row) };
      },
    );

    app.post(
      '/read-all',
      {
        schema: {
          tags,
          summary: 'Mark all your notifications read',
          security,
          response: { 200: readAllResponseSchema, ...errors(...AUTH_ERRORS) },
        },
      },
      async (request) => ({
        marked: await readAllNotifications(
          db,
          auth.principal(request).user.id,
          auth.auditMeta(request),
        ),
      }),
    );
  };
}
