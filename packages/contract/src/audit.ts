import { z } from 'zod';
import { moderationPersonSchema } from './moderation.js';

export const auditPageQuerySchema = z.object({
  /** Events with a lower `seq` than this (the previous page's `next`). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: moderationPersonSchema.nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEventBody = z.infer<typeof auditEventSchema>;

export const auditPageResponseSchema = z.object({
  events: z.array(auditEventSchema),
  /** `before` for the next (older) page; null at the first event. */
  next: z.number().int().nullable(),
});
export type AuditPageResponse = z.infer<typeof auditPageResponseSchema>;

export const auditHeadSchema = z.object({
  seq: z.number().int(),
  hash: z.string(),
  at: z.string().nullable(),
});

export const auditVerifyResponseSchema = z.object({
  ok: z.boolean(),
  /** Events verified (before the first broken one). */
  checked: z.number().int(),
  /** The newest event as stored now. */
  head: auditHeadSchema,
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
});
export type AuditVerifyResponse = z.infer<typeof auditVerifyResponseSchema>;
