import {
  type TrainingModuleSummary,
  trainingAttemptRequestSchema,
  trainingAttemptResponseSchema,
  trainingCoverageResponseSchema,
  trainingListResponseSchema,
  trainingModuleParamsSchema,
  trainingModuleResponseSchema,
} from '@leidraad/contract';
import {
  buildQuiz,
  gradeQuiz,
  type PhaseId,
  phaseIndex,
  QUIZ_PASS_MARK,
  type TrainingModule,
  trainingModule,
} from '@leidraad/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordTrainingAttempt } from '../../../commands/record-training-attempt.js';
import { badRequest, notFound } from '../../../errors.js';
import { trainingCoverage, trainingStatusOf } from '../../../queries/training.js';
import type { Services } from '../../../services.js';
import { AUTH_ERRORS, errors, security } from '../../schemas.js';

/** The guideline's training modules, their quizzes, and who passed what. */
export function trainingRoutes({ db, auth, access }: Services): FastifyPluginAsyncZod {
  function summary(
    module: TrainingModule,
    phase: PhaseId,
    questions: number,
    status: TrainingModuleSummary['status'],
  ): TrainingModuleSummary {
    return {
      id: module.id,
      title: module.title,
      summary: module.summary,
      durationMinutes: module.durationMinutes ?? null,
      unlocks: module.unlocks,
      minPhase: module.minPhase ?? null,
      unlocksNow: module.minPhase === undefined || phaseIndex(phase) >= phaseIndex(module.minPhase),
      questions,
      status,
    };
  }

  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['training'],
          summary: 'The training modules, what they unlock, and whether you passed them',
          security,
          response: { 200: trainingListResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: [auth.guard(), access.require('training:take')],
      },
      async (request) => {
        const { user, guideline, phase } = access.of(request);
        const status = await trainingStatusOf(db, user.id);
        return {
          phase,
          passMark: QUIZ_PASS_MARK,
          modules: guideline.guideline.training.modules.map((m) =>
            summary(m, phase, buildQuiz(guideline.guideline, m.id).length, status(m.id)),
          ),
        };
      },
    );

    app.get(
      '/coverage',
      {
        schema: {
          tags: ['training'],
          summary:
            'Per team and per person: who passed which module and acknowledged the latest version',
          security,
          response: { 200: trainingCoverageResponseSchema, ...errors(...AUTH_ERRORS) },
        },
        preHandler: [auth.guard(), access.require('training:coverage')],
      },
      async (request) => {
        const { guideline } = access.of(request);
        return trainingCoverage(db, guideline.guideline, guideline.row.version);
      },
    );

    app.get(
      '/:id',
      {
        schema: {
          tags: ['training'],
          summary: 'A module: its lessons and its quiz (without the answers)',
          security,
          params: trainingModuleParamsSchema,
          response: { 200: trainingModuleResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: [auth.guard(), access.require('training:take')],
      },
      async (request) => {
        const { user, guideline, phase } = access.of(request);
        const module = trainingModule(guideline.guideline, request.params.id);
        if (!module) throw notFound(`No training module "${request.params.id}".`);
        const quiz = buildQuiz(guideline.guideline, module.id);
        const status = await trainingStatusOf(db, user.id);
        return {
          module: {
            ...summary(module, phase, quiz.length, status(module.id)),
            lessons: module.lessons,
            quiz: quiz.map(({ id, rule, ruleTitle, text }) => ({ id, rule, ruleTitle, text })),
          },
          passMark: QUIZ_PASS_MARK,
        };
      },
    );

    app.post(
      '/:id/attempts',
      {
        schema: {
          tags: ['training'],
          summary:
            'Answer the quiz; passing unlocks what the module unlocks at once (from its phase on)',
          security,
          params: trainingModuleParamsSchema,
          body: trainingAttemptRequestSchema,
          response: { 200: trainingAttemptResponseSchema, ...errors(400, ...AUTH_ERRORS, 404) },
        },
        preHandler: [auth.guard(), access.require('training:take')],
      },
      async (request) => {
        const { user, guideline } = access.of(request);
        const module = trainingModule(guideline.guideline, request.params.id);
        if (!module) throw notFound(`No training module "${request.params.id}".`);
        const quiz = buildQuiz(guideline.guideline, module.id);
        const byId = new Map(quiz.map((q) => [q.id, q]));
        const seen = new Set<string>();
        request.body.answers.forEach((a, i) => {
          if (!byId.has(a.id)) {
            throw badRequest(
              `Question "${a.id}" is not in this module's quiz (the guideline may have changed; load the module again).`,
              `answers[${i}].id`,
            );
          }
          if (seen.has(a.id)) {
            throw badRequest(`Question "${a.id}" is answered twice.`, `answers[${i}].id`);
          }
          seen.add(a.id);
        });
        const grade = gradeQuiz(quiz, request.body.answers);
        await recordTrainingAttempt(
          db,
          {
            userId: user.id,
            moduleId: module.id,
            guidelineVersion: guideline.row.version,
            correct: grade.correct,
            total: grade.total,
            passed: grade.passed,
          },
          auth.auditMeta(request),
        );
        const after = await access.forUser(user);
        return {
          module: module.id,
          correct: grade.correct,
          total: grade.total,
          passed: grade.passed,
          results: grade.results.map((r) => {
            const q = byId.get(r.id);
            return {
              ...r,
              rule: q?.rule ?? '',
              ruleTitle: q?.ruleTitle ?? '',
              text: q?.text ?? '',
            };
          }),
          capabilities: after.capabilities,
        };
      },
    );
  };
}
