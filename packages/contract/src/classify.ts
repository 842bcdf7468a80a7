import { z } from 'zod';
import { langSchema, MAX_TEXT_LENGTH } from './check.js';

export const classifyRequestSchema = z.object({
  text: z
    .string()
    .max(MAX_TEXT_LENGTH)
    .refine((t) => t.trim().length > 0, 'text is empty'),
  channel: z.string().min(1).max(100).optional(),
  /** The customer's handle or name for `{customer}` in the reply. */
  customer: z.string().max(200).optional(),
  /** The agent's initials for `{initials}`. */
  initials: z.string().max(20).optional(),
  /** The agent's name for `{name}`. */
  name: z.string().max(200).optional(),
});
export type ClassifyRequest = z.input<typeof classifyRequestSchema>;

const signalSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cue'),
    situation: z.string(),
    text: z.string(),
    start: z.number(),
    end: z.number(),
    weight: z.number(),
    source: z.enum(['guideline', 'builtin']),
  }),
  z.object({
    kind: z.literal('sentiment'),
    text: z.string(),
    start: z.number(),
    end: z.number(),
    weight: z.number(),
  }),
  z.object({
    kind: z.literal('example'),
    situation: z.string(),
    example: z.string(),
    similarity: z.number(),
  }),
]);

/** Exactly what `leidraad classify --format json` prints (unknown extra fields pass through). */
export const classifyResponseSchema = z.looseObject({
  situation: z.string(),
  title: z.string(),
  confidence: z.number(),
  sentiment: z.enum(['positive', 'negative', 'neutral']),
  sentimentScore: z.number(),
  language: langSchema,
  steps: z.array(z.string()),
  reply: z.looseObject({
    text: z.string(),
    addressForm: z.enum(['u', 'jij']),
    missing: z.array(z.string()),
  }),
  route: z.looseObject({
    team: z.string(),
    teamName: z.string(),
    dueInMinutes: z.number(),
    escalate: z.boolean(),
    escalateTo: z.string().optional(),
    escalateToName: z.string().optional(),
  }),
  scores: z.array(z.object({ situation: z.string(), score: z.number() })),
  signals: z.array(signalSchema),
});
export type ClassifyResponse = z.infer<typeof classifyResponseSchema>;
