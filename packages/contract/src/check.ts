import { LANGS, POST_KINDS, SEVERITIES } from '@leidraad/core';
import { z } from 'zod';

/** Posts longer than this are refused (400): no network allows anything near it. */
export const MAX_TEXT_LENGTH = 50_000;

export const postKindSchema = z.enum(POST_KINDS);
export const langSchema = z.enum(LANGS);

/** An image or video attached to the post, checked by the `copyright` and `accessibility` rules. */
export const mediaSchema = z.object({
  src: z.string().max(2000).optional(),
  alt: z.string().max(5000).optional(),
  /** Id of an entry in the guideline's asset register. */
  asset: z.string().max(200).optional(),
  attribution: z.string().max(1000).optional(),
});

export const checkRequestSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH),
  media: z.array(mediaSchema).max(20).optional(),
  /** A channel id of the guideline (`x`, `linkedin`, …). */
  channel: z.string().min(1).max(100).optional(),
  as: postKindSchema.default('personal'),
  /** Language of the messages; the guideline's language when left out. */
  lang: langSchema.optional(),
});
export type CheckRequest = z.input<typeof checkRequestSchema>;

export const fixSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });

export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  /** Half-open UTF-16 offsets into the text as sent. */
  start: z.number().int(),
  end: z.number().int(),
  messageId: z.string(),
  message: z.string(),
  /** Anchor of the guideline article the finding enforces. */
  guideline: z.string(),
  fix: fixSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const summarySchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});

/** Exactly what `leidraad check --format json` prints. */
export const checkResponseSchema = z.object({
  findings: z.array(findingSchema),
  summary: summarySchema,
});
export type CheckResponse = z.infer<typeof checkResponseSchema>;
