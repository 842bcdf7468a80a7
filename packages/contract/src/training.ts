import { z } from 'zod';
import { capabilitySchema, phaseSchema } from './permissions.js';
import { userSchema } from './users.js';

export const quizAnswerSchema = z.enum(['good', 'bad']);
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

/** A person's standing on one module. */
export const trainingStatusSchema = z.object({
  passed: z.boolean(),
  /** When they first passed it (null when not passed). */
  passedAt: z.string().nullable(),
  /** Best share of right answers so far (0–1; null before the first attempt). */
  bestScore: z.number().nullable(),
  attempts: z.number().int(),
});
export type TrainingStatus = z.infer<typeof trainingStatusSchema>;

export const trainingModuleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  durationMinutes: z.number().int().nullable(),
  /** What passing lets the person do … */
  unlocks: z.array(capabilitySchema),
  /** … from this phase on (null: in every phase). */
  minPhase: phaseSchema.nullable(),
  /** Whether the unlocks apply in the current phase. */
  unlocksNow: z.boolean(),
  questions: z.number().int(),
  status: trainingStatusSchema,
});
export type TrainingModuleSummary = z.infer<typeof trainingModuleSummarySchema>;

export const trainingListResponseSchema = z.object({
  phase: phaseSchema,
  passMark: z.number(),
  modules: z.array(trainingModuleSummarySchema),
});
export type TrainingListResponse = z.infer<typeof trainingListResponseSchema>;

/** A quiz question as the person taking it sees it: without the answer. */
export const quizQuestionSchema = z.object({
  id: z.string(),
  rule: z.string(),
  ruleTitle: z.string(),
  text: z.string(),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const trainingModuleResponseSchema = z.object({
  module: trainingModuleSummarySchema.extend({
    lessons: z.array(z.string()),
    quiz: z.array(quizQuestionSchema),
  }),
  passMark: z.number(),
});
export type TrainingModuleResponse = z.infer<typeof trainingModuleResponseSchema>;

export const trainingAttemptRequestSchema = z.object({
  answers: z.array(z.object({ id: z.string().min(1).max(100), answer: quizAnswerSchema })).max(100),
});
export type TrainingAttemptRequest = z.infer<typeof trainingAttemptRequestSchema>;

export const trainingAttemptResponseSchema = z.object({
  module: z.string(),
  correct: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  results: z.array(
    z.object({
      id: z.string(),
      rule: z.string(),
      ruleTitle: z.string(),
      text: z.string(),
      given: quizAnswerSchema.nullable(),
      answer: quizAnswerSchema,
      correct: z.boolean(),
      explanation: z.string(),
    }),
  ),
  /** What the person may do now (after this attempt). */
  capabilities: z.array(capabilitySchema),
});
export type TrainingAttemptResponse = z.infer<typeof trainingAttemptResponseSchema>;

export const trainingModuleParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** Training per team and per person, with acknowledgement of the latest guideline version. */
export const trainingCoverageResponseSchema = z.object({
  version: z.number().int(),
  modules: z.array(z.object({ id: z.string(), title: z.string() })),
  teams: z.array(
    z.object({
      /** null: people in no team. */
      team: z.object({ id: z.string(), name: z.string() }).nullable(),
      members: z.number().int(),
      /** Per module id: how many members passed it. */
      passed: z.record(z.string(), z.number().int()),
      acknowledged: z.number().int(),
    }),
  ),
  people: z.array(
    z.object({
      user: userSchema,
      /** Ids of the modules they passed. */
      passed: z.array(z.string()),
      acknowledged: z.boolean(),
    }),
  ),
});
export type TrainingCoverageResponse = z.infer<typeof trainingCoverageResponseSchema>;
