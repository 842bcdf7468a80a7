import { z } from 'zod';
import { actionSchema, capabilitySchema, phaseSchema } from './permissions.js';
import { emailSchema, userSchema } from './users.js';

export const PASSWORD_MIN_LENGTH = 12;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  user: userSchema,
  /** Send as header `x-csrf-token` with every state-changing request. */
  csrfToken: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  permissions: z.array(actionSchema),
  /** What the guideline lets this person do now (role, teams, training, current phase). */
  capabilities: z.array(capabilitySchema),
  /** The organisation's current maturity phase. */
  phase: phaseSchema,
  /** The published guideline version this user has not acknowledged yet. */
  pendingAcknowledgement: z.number().int().nullable(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const oneTimeRequestSchema = z.object({ token: z.string().min(1).max(200) });
export type OneTimeRequest = z.infer<typeof oneTimeRequestSchema>;

export const oneTimeResponseSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  mustSetPassword: z.literal(true),
});
export type OneTimeResponse = z.infer<typeof oneTimeResponseSchema>;

export const setPasswordRequestSchema = z.object({
  password: z.string().min(PASSWORD_MIN_LENGTH).max(1000),
});
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;
