import { C } from './categories.js';
import type { Read } from './words.js';

/**
 * What is true of each sentence and clause, for the cue rules: the bits of all its
 * words, its first group word (-1 when none), whether a group or "ze"/"they" is its
 * subject, whether it is suppressed counter-speech or a question. The columns are
 * shared from post to post and longer than the post: read only its sentences.
 */
export type Facts = {
  sentences: number;
  any: Int32Array;
  clauseAny: Int32Array;
  group: Int32Array;
  groupSubject: Uint8Array;
  theySubject: Uint8Array;
  suppressed: Uint8Array;
  quoteCounter: boolean;
  question: Uint8Array;
};

const ARTICLES = new Set([
  'de',
  'het',
  'een',
  'die',
  'deze',
  'alle',
  'the',
  'a',
  'an',
  'those',
  'these',
  'all',
  'al',
]);

/** Mask of word k, 0 outside the post. */
export function maskAt(r: Read, k: number): number {
  return k >= 0 && k < r.n ? (r.masks[k] as number) : 0;
}

/** Folded word k, undefined outside the post. */
export function wordAt(r: Read, k: number): string | undefined {
  return k >= 0 && k < r.n ? r.word[k]?.w : undefined;
}

function isGroupAt(r: Read, i: number): boolean {
  const m = r.masks[i] as number;
  if ((m & C.group) !== 0) return true;
  return (m & C.groupAdjective) !== 0 && (maskAt(r, i + 1) & C.person) !== 0;
}

function sized(size: number): Facts {
  return {
    sentences: 0,
    any: new Int32Array(size),
    clauseAny: new Int32Array(size),
    group: new Int32Array(size),
    groupSubject: new Uint8Array(size),
    theySubject: new Uint8Array(size),
    suppressed: new Uint8Array(size),
    quoteCounter: false,
    question: new Uint8Array(size),
  };
}

let shared = sized(256);

/** The shared facts with room for `size` sentences and clauses, emptied. */
function emptyFacts(sentences: number, clauses: number): Facts {
  const size = Math.max(sentences, clauses);
  if (shared.any.length < size) shared = sized(2 * size);
  const f = shared;
  f.sentences = sentences;
  f.any.fill(0, 0, sentences);
  f.group.fill(-1, 0, sentences);
  f.groupSubject.fill(0, 0, sentences);
  f.theySubject.fill(0, 0, sentences);
  f.question.fill(0, 0, sentences);
  f.suppressed.fill(0, 0, sentences);
  f.clauseAny.fill(0, 0, clauses);
  return f;
}

export function facts(r: Read): Facts {
  const n = r.n;
  const sentences = n === 0 ? 0 : (r.sentence[n - 1] as number) + 1;
  const f = emptyFacts(sentences, (n === 0 ? 0 : (r.clauses[n - 1] as number)) + 1);
  const { any, group, groupSubject, theySubject, question, clauseAny, suppressed } = f;
  let outside = 0;
  let quotedAny = false;
  let lastSentence = -1;
  for (let i = 0; i < n; i++) {
    const m = r.masks[i] as number;
    const s = r.sentence[i] as number;
    if (s !== lastSentence) {
      question[s] = (m & C.question) !== 0 ? 1 : 0;
      lastSentence = s;
    }
    any[s] = (any[s] as number) | m;
    const c = r.clauses[i] as number;
    clauseAny[c] = (clauseAny[c] as number) | m;
    if (r.quoted[i] === 1) quotedAny = true;
    else outside |= m;
    if ((m & (C.group | C.groupAdjective | C.they)) === 0) continue;
    const isGroup = isGroupAt(r, i);
    if (isGroup || (m & C.they) !== 0) {
      if (isGroup && group[s] === -1) group[s] = i;
      let p = i - 1;
      if (p >= 0 && ARTICLES.has(wordAt(r, p) ?? '')) p--;
      const subject = p < 0 || ((r.masks[p] as number) & C.preposition) === 0;
      if (subject && isGroup) groupSubject[s] = 1;
      else if (subject) theySubject[s] = 1;
    }
  }
  // counter-speech: what someone says or calls others, rejected, negated or supposed
  for (let s = 0; s < sentences; s++) {
    const m = any[s] as number;
    if ((m & C.report) !== 0 && (m & (C.negator | C.counter | C.conditional)) !== 0)
      suppressed[s] = 1;
  }
  f.quoteCounter = quotedAny && (outside & (C.report | C.counter)) !== 0;
  return f;
}

/** Group word for sentence s: its own, or a neighbour's when s refers to it (ze, they). */
export function groupFor(f: Facts, s: number): number {
  const own = f.group[s] as number;
  if (own !== -1) return own;
  if (((f.any[s] as number) & C.they) === 0) return -1;
  const before = s > 0 ? (f.group[s - 1] as number) : -1;
  return before !== -1 || s + 1 >= f.sentences ? before : (f.group[s + 1] as number);
}
