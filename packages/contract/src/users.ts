import { roleSchema as guidelineRoleSchema } from '@leidraad/core';
import { z } from 'zod';
import { teamSchema } from './teams.js';

/** The roles, as the guideline schema declares them. */
export const roleSchema = guidelineRoleSchema;
export const ROLES = roleSchema.options;
export type Role = z.infer<typeof roleSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  teams: z.array(teamSchema),
});
export type User = z.infer<typeof userSchema>;

export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });
export type IdParams = z.infer<typeof idParamsSchema>;

export const listUsersResponseSchema = z.object({ users: z.array(userSchema) });
export type ListUsersResponse = z.infer<typeof listUsersResponseSchema>;

/** An e-mail address, lower-cased. */
export const emailSchema = z.email().max(254).toLowerCase();

export const createUserRequestSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  teamIds: z.array(z.string()).default([]),
});
export type CreateUserRequest = z.input<typeof createUserRequestSchema>;

export const createUserResponseSchema = z.object({
  user: userSchema,
  /** One-time invite link `/welcome#token=…`, valid 7 days; shown once. */
  inviteUrl: z.string(),
});
export type CreateUserResponse = z.infer<typeof createUserResponseSchema>;

export const updateUserRequestSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: roleSchema.optional(),
  teamIds: z.array(z.string()).optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const updateUserResponseSchema = z.object({ user: userSchema });
export type UpdateUserResponse = z.infer<typeof updateUserResponseSchema>;
