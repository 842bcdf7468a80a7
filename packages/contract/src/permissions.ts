import { actionSchema as guidelineActionSchema, phaseIdSchema } from '@leidraad/core';
import { z } from 'zod';

/**
 * What a signed-in user may do in the app. Some follow from the role alone; the rest from what
 * the guideline lets the person do in the current maturity phase (see `capabilities`). The server decides (packages/server/src/plugins/app/
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
  'posts:submit',
  'posts:review',
  'moderation:act',
  'appeals:decide',
  'training:take',
  'training:coverage',
  'phase:set',
  'audit:read',
] as const;
export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;

/**
 * What the guideline lets a person do (role, team, training, phase) and the maturity phases:
 * the guideline schema's own lists, so the API and the guideline never disagree.
 */
export const capabilitySchema = guidelineActionSchema;
export const CAPABILITIES = capabilitySchema.options;
export type Capability = z.infer<typeof capabilitySchema>;

export const phaseSchema = phaseIdSchema;
export const PHASES = phaseSchema.options;
export type Phase = z.infer<typeof phaseSchema>;
