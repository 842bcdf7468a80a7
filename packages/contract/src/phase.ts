import { z } from 'zod';
import { capabilitySchema, phaseSchema } from './permissions.js';
import { roleSchema } from './users.js';

export const phaseInfoSchema = z.object({
  id: phaseSchema,
  name: z.string(),
  description: z.string(),
  review: z.string().nullable(),
  /** What each role may do in this phase (besides training unlocks). */
  may: z.partialRecord(roleSchema, z.array(capabilitySchema)),
  /** What members of a guideline team may do in this phase, whatever their role. */
  teams: z.record(z.string(), z.array(capabilitySchema)),
});
export type PhaseInfo = z.infer<typeof phaseInfoSchema>;

export const phaseResponseSchema = z.object({
  phase: phaseSchema,
  /** When and by whom the phase was set; null when it is still the guideline's own. */
  setAt: z.string().nullable(),
  setBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  phases: z.array(phaseInfoSchema),
});
export type PhaseResponse = z.infer<typeof phaseResponseSchema>;

/** Who gains and who loses what when the phase changes. */
export const phaseChangeSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  gained: z.array(capabilitySchema),
  lost: z.array(capabilitySchema),
});
export type PhaseChange = z.infer<typeof phaseChangeSchema>;

export const phasePreviewQuerySchema = z.object({ phase: phaseSchema });

export const phasePreviewResponseSchema = z.object({
  from: phaseSchema,
  to: phaseSchema,
  people: z.array(
    z.object({
      user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
      now: z.array(capabilitySchema),
      after: z.array(capabilitySchema),
      gained: z.array(capabilitySchema),
      lost: z.array(capabilitySchema),
    }),
  ),
});
export type PhasePreviewResponse = z.infer<typeof phasePreviewResponseSchema>;

export const setPhaseRequestSchema = z.object({
  phase: phaseSchema,
  /** The phase the preview was made in; when the phase is no longer this, 409 and no change. */
  from: phaseSchema.optional(),
});
export type SetPhaseRequest = z.infer<typeof setPhaseRequestSchema>;

export const setPhaseResponseSchema = z.object({
  phase: phaseSchema,
  /** Only the people whose capabilities changed. */
  changes: z.array(phaseChangeSchema),
});
export type SetPhaseResponse = z.infer<typeof setPhaseResponseSchema>;
