import type { Guideline, Rule, TrainingModule } from '../guideline/schema.js';

/** The share of questions a person must answer right to pass a module. */
export const QUIZ_PASS_MARK = 0.8;
/** At most this many questions per quiz. */
export const QUIZ_MAX_QUESTIONS = 10;

export type QuizAnswer = 'good' | 'bad';

/** One example from the guideline: is this a good or a bad post under the rule? */
export type QuizQuestion = {
  /** Stable while the rule id and the example text stay the same. */
  id: string;
  rule: string;
  ruleTitle: string;
  /** The example, as the guideline writes it. */
  text: string;
  answer: QuizAnswer;
  /** Why the rule exists (its rationale). */
  explanation: string;
};

export type QuizResult = {
  id: string;
  /** What the person answered; null when they left the question open. */
  given: QuizAnswer | null;
  answer: QuizAnswer;
  correct: boolean;
  explanation: string;
};

export type QuizGrade = {
  correct: number;
  total: number;
  passed: boolean;
  results: QuizResult[];
};

/**
 * FNV-1a over the UTF-16 code units, 32 bits, as 8 hex digits. Not a security hash: it only
 * gives a question an id that stays the same as long as its rule and text do.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function questionId(ruleId: string, text: string): string {
  return fnv1a(`${ruleId}\n${text}`);
}

/** The module with this id, or undefined. */
export function trainingModule(guideline: Guideline, moduleId: string): TrainingModule | undefined {
  return guideline.training.modules.find((m) => m.id === moduleId);
}

type Queue = { rule: Rule; good: string[]; bad: string[]; last?: QuizAnswer };

/**
 * The quiz of a training module: the good and bad examples of the rules the module lists.
 * Deterministic: the same guideline always gives the same questions in the same order. The
 * questions go round the rules (so every rule is asked once before any is asked twice) and
 * alternate good and bad, so no rule is only ever asked with one kind of example. At most
 * `max` questions; an unknown module or one without examples gives none.
 */
export function buildQuiz(
  guideline: Guideline,
  moduleId: string,
  max: number = QUIZ_MAX_QUESTIONS,
): QuizQuestion[] {
  const module = trainingModule(guideline, moduleId);
  if (!module) return [];
  const byId = new Map(guideline.rules.map((r) => [r.id, r]));
  const queues: Queue[] = [];
  for (const id of new Set(module.rules)) {
    const rule = byId.get(id);
    if (!rule) continue;
    if (rule.examples.good.length + rule.examples.bad.length === 0) continue;
    queues.push({ rule, good: [...rule.examples.good], bad: [...rule.examples.bad] });
  }

  const questions: QuizQuestion[] = [];
  const seen = new Set<string>();
  let want: QuizAnswer = 'good';
  for (let round = 0; questions.length < max; round++) {
    // With an even number of rules, going round in the same order would ask each rule the
    // same kind every round; starting one rule further on each round swaps them.
    const shift = queues.length % 2 === 0 ? round % Math.max(queues.length, 1) : 0;
    const order = [...queues.slice(shift), ...queues.slice(0, shift)];
    let took = false;
    for (const queue of order) {
      if (questions.length >= max) break;
      const kind: QuizAnswer | undefined =
        queue[want].length > 0 ? want : queue[other(want)].length > 0 ? other(want) : undefined;
      if (kind === undefined) continue;
      const text = queue[kind].shift() as string;
      const id = questionId(queue.rule.id, text);
      took = true;
      if (seen.has(id)) continue;
      seen.add(id);
      questions.push({
        id,
        rule: queue.rule.id,
        ruleTitle: queue.rule.title,
        text,
        answer: kind,
        explanation: queue.rule.rationale,
      });
      want = other(kind);
    }
    if (!took) break;
  }
  return questions;
}

function other(kind: QuizAnswer): QuizAnswer {
  return kind === 'good' ? 'bad' : 'good';
}

/**
 * Grades answers against a quiz. Questions left open count as wrong; answers to questions
 * that are not in the quiz are ignored (the caller refuses them first). A module without
 * questions is passed by taking it.
 */
export function gradeQuiz(
  quiz: readonly QuizQuestion[],
  answers: readonly { id: string; answer: QuizAnswer }[],
): QuizGrade {
  const given = new Map(answers.map((a) => [a.id, a.answer]));
  const results = quiz.map((q): QuizResult => {
    const answer = given.get(q.id) ?? null;
    return {
      id: q.id,
      given: answer,
      answer: q.answer,
      correct: answer === q.answer,
      explanation: q.explanation,
    };
  });
  const correct = results.filter((r) => r.correct).length;
  const total = quiz.length;
  return { correct, total, passed: total === 0 || correct / total >= QUIZ_PASS_MARK, results };
}
