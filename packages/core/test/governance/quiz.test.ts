import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildQuiz,
  fnv1a,
  type Guideline,
  gradeQuiz,
  KINDS,
  parseGuideline,
  QUIZ_MAX_QUESTIONS,
  QUIZ_PASS_MARK,
  type QuizAnswer,
  questionId,
} from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const load = (lang: string) =>
  parseGuideline(
    readFileSync(join(root, `guidelines/${lang}.yaml`), 'utf8'),
    `${lang}.yaml`,
    KINDS,
  );
const guidelines: [string, Guideline][] = [
  ['nl', load('nl')],
  ['en', load('en')],
];

describe.each(guidelines)('the quizzes of the default guideline (%s)', (_lang, guideline) => {
  const modules = guideline.training.modules;

  it('has modules', () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  it.each(modules.map((m) => [m.id]))(
    'module %s: good and bad examples, every rule, capped, answers from the source',
    (id) => {
      const module = modules.find((m) => m.id === id);
      if (!module) throw new Error(id);
      const quiz = buildQuiz(guideline, id);
      expect(quiz.length).toBeGreaterThan(0);
      expect(quiz.length).toBeLessThanOrEqual(QUIZ_MAX_QUESTIONS);
      expect(quiz.some((q) => q.answer === 'good')).toBe(true);
      expect(quiz.some((q) => q.answer === 'bad')).toBe(true);
      // Every listed rule is asked (the default modules list at most ten rules).
      expect(new Set(quiz.map((q) => q.rule))).toEqual(new Set(module.rules));
      expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
      for (const q of quiz) {
        const rule = guideline.rules.find((r) => r.id === q.rule);
        if (!rule) throw new Error(q.rule);
        expect(rule.examples[q.answer]).toContain(q.text);
        expect(rule.examples[q.answer === 'good' ? 'bad' : 'good']).not.toContain(q.text);
        expect(q.ruleTitle).toBe(rule.title);
        expect(q.explanation).toBe(rule.rationale);
        expect(q.id).toBe(questionId(rule.id, q.text));
      }
    },
  );

  it('gives the same questions in the same order every time', () => {
    for (const m of modules) {
      expect(buildQuiz(structuredClone(guideline), m.id)).toEqual(buildQuiz(guideline, m.id));
    }
  });
});

describe('buildQuiz', () => {
  const [, nl] = guidelines[0] as [string, Guideline];

  it('alternates good and bad while the examples allow it', () => {
    for (const m of nl.training.modules) {
      const answers = buildQuiz(nl, m.id).map((q) => q.answer);
      const repeats = answers.filter((a, i) => i > 0 && a === answers[i - 1]).length;
      expect(repeats, `${m.id}: ${answers.join(' ')}`).toBe(0);
    }
  });

  it('asks a rule twice with one good and one bad example when there is room', () => {
    // images lists three rules: ten questions leave room to ask each rule both ways.
    const quiz = buildQuiz(nl, 'images');
    for (const rule of ['copyright', 'accessibility', 'personal-data']) {
      const kinds = new Set(quiz.filter((q) => q.rule === rule).map((q) => q.answer));
      expect(kinds, rule).toEqual(new Set(['good', 'bad']));
    }
  });

  it('keeps an id when other examples or rules change, and changes it with the text', () => {
    const before = buildQuiz(nl, 'basics');
    const edited = structuredClone(nl);
    const respect = edited.rules.find((r) => r.id === 'respect');
    if (!respect) throw new Error('respect');
    const first = before.find((q) => q.rule === 'respect');
    if (!first) throw new Error('no respect question');
    const index = respect.examples[first.answer].indexOf(first.text);
    respect.examples[first.answer][index] = `${first.text} (herzien)`;
    const after = buildQuiz(edited, 'basics');
    const unchanged = before.filter((q) => q.id !== first.id).map((q) => q.id);
    expect(after.map((q) => q.id)).toEqual(expect.arrayContaining(unchanged));
    expect(after.map((q) => q.id)).not.toContain(first.id);
    expect(after.find((q) => q.text === `${first.text} (herzien)`)?.id).toBe(
      questionId('respect', `${first.text} (herzien)`),
    );
  });

  it('skips unknown rules and rules without examples; an unknown module has no quiz', () => {
    const g = structuredClone(nl);
    const module = g.training.modules[0];
    if (!module) throw new Error('no module');
    module.rules = ['does-not-exist', 'respect'];
    const respect = g.rules.find((r) => r.id === 'respect');
    if (!respect) throw new Error('respect');
    const quiz = buildQuiz(g, module.id);
    expect(quiz.map((q) => q.rule)).toEqual(
      Array(respect.examples.good.length + respect.examples.bad.length).fill('respect'),
    );
    respect.examples = { good: [], bad: [] };
    expect(buildQuiz(g, module.id)).toEqual([]);
    expect(buildQuiz(nl, 'no-such-module')).toEqual([]);
  });

  it('stops at the cap', () => {
    expect(buildQuiz(nl, 'basics', 3)).toHaveLength(3);
  });

  it('hashes like FNV-1a', () => {
    // Reference values of 32-bit FNV-1a.
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('gradeQuiz', () => {
  const [, nl] = guidelines[0] as [string, Guideline];
  const quiz = buildQuiz(nl, 'basics');
  const right = quiz.map((q) => ({ id: q.id, answer: q.answer }));
  const flip = (a: QuizAnswer): QuizAnswer => (a === 'good' ? 'bad' : 'good');

  it('passes all right answers and tells the right answer per question', () => {
    const grade = gradeQuiz(quiz, right);
    expect(grade).toMatchObject({ correct: quiz.length, total: quiz.length, passed: true });
    expect(grade.results.every((r) => r.correct)).toBe(true);
  });

  it('passes at the pass mark and fails just below it; open questions count as wrong', () => {
    const needed = Math.ceil(quiz.length * QUIZ_PASS_MARK);
    const atMark = right.map((a, i) => (i < needed ? a : { ...a, answer: flip(a.answer) }));
    expect(gradeQuiz(quiz, atMark)).toMatchObject({ correct: needed, passed: true });
    const below = gradeQuiz(quiz, right.slice(0, needed - 1));
    expect(below).toMatchObject({ correct: needed - 1, passed: false });
    const open = below.results[below.results.length - 1];
    expect(open).toMatchObject({ given: null, correct: false });
    expect(open?.answer).toBe(quiz[quiz.length - 1]?.answer);
  });

  it('passes a module without questions', () => {
    expect(gradeQuiz([], [])).toEqual({ correct: 0, total: 0, passed: true, results: [] });
  });
});
