import type { Db } from '../db/database.js';
import type { TrainingAttemptsTable } from '../db/tables/training.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

export type TrainingAttempt = {
  userId: string;
  moduleId: string;
  guidelineVersion: number;
  correct: number;
  total: number;
  passed: boolean;
};

/**
 * Stores one quiz attempt with its audit event. A passed attempt is what unlocks the module's
 * capabilities: access is computed from these rows on every request.
 */
export async function recordTrainingAttempt(
  db: Db,
  attempt: TrainingAttempt,
  meta: AuditMeta = {},
): Promise<TrainingAttemptsTable> {
  const row: TrainingAttemptsTable = {
    id: newId(),
    user_id: attempt.userId,
    module_id: attempt.moduleId,
    guideline_version: attempt.guidelineVersion,
    correct: attempt.correct,
    total: attempt.total,
    passed: attempt.passed ? 1 : 0,
    created_at: isoNow(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('training_attempts').values(row).execute();
    await recordEvent(trx, {
      action: 'training-attempt',
      actorId: meta.actorId ?? attempt.userId,
      targetType: 'training-module',
      targetId: attempt.moduleId,
      after: {
        module: attempt.moduleId,
        correct: attempt.correct,
        total: attempt.total,
        passed: attempt.passed,
        guidelineVersion: attempt.guidelineVersion,
      },
      requestId: meta.requestId,
    });
  });
  return row;
}
