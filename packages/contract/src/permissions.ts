import { z } from 'zod';

/**
 * What a signed-in user may do. The server decides (packages/server/src/plugins/app/
 * permissions.ts) and sends the list in GET /api/auth/me; the web app only reads it.
 */
export const ACTIONS = [
  'check',
  'classify',
  'drafts:write',
  'guideline:read',
  'guideline:publish',
  'guideline:acknowledge',
  'acknowledgements:read',
  'users:read',
  'users:write',
  'teams:read',
  'teams:write',
  'tokens:manage',
] as const;
export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;
