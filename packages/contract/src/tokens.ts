import { z } from 'zod';
import { emailSchema } from './users.js';

export const tokenSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** Whose token it is (requests with it act as this user). */
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
});
export type TokenSummary = z.infer<typeof tokenSummarySchema>;

export const listTokensResponseSchema = z.object({ tokens: z.array(tokenSummarySchema) });
export type ListTokensResponse = z.infer<typeof listTokensResponseSchema>;

export const createTokenRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** The user the token acts as (must exist); the caller when left out. */
  email: emailSchema.optional(),
});
export type CreateTokenRequest = z.input<typeof createTokenRequestSchema>;

export const createTokenResponseSchema = z.object({
  id: z.string(),
  /** Shown once: only its SHA-256 is stored. */
  token: z.string(),
});
export type CreateTokenResponse = z.infer<typeof createTokenResponseSchema>;
