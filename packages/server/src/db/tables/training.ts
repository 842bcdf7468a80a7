export type TrainingAttemptsTable = {
  id: string;
  user_id: string;
  module_id: string;
  guideline_version: number;
  correct: number;
  total: number;
  /** 1 when passed, 0 when not (booleans as integers on both databases). */
  passed: number;
  created_at: string;
};
