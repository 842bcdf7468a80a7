import { z } from 'zod';

/** The kinds the server writes; `data` holds the details each kind needs. */
export const NOTIFICATION_KINDS = [
  'moderation-hidden',
  'moderation-appeal',
  'moderation-decided',
  'moderation-restored',
  'review',
] as const;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  postId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const notificationsResponseSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;

export const notificationResponseSchema = z.object({ notification: notificationSchema });

export const readAllResponseSchema = z.object({ marked: z.number().int() });
export type ReadAllResponse = z.infer<typeof readAllResponseSchema>;
