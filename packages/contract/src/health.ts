import { z } from 'zod';

export const DATABASES = ['sqlite', 'postgres'] as const;
export const databaseSchema = z.enum(DATABASES);

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: databaseSchema,
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** 503: the database does not answer. */
export const healthErrorResponseSchema = z.object({
  status: z.literal('error'),
  database: databaseSchema,
});
export type HealthErrorResponse = z.infer<typeof healthErrorResponseSchema>;
