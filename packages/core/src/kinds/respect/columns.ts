import type { Word, WordInfo } from './cache.js';
import { C, DIRECT } from './categories.js';

/**
 * The words of a post as read, one column per property, reused from post to post (no
 * object per word). Offsets are into the original text; `clause` counts commas,
 * semicolons and colons before the word; `to[i]` is the last word of a phrase at i.
 * Entries at `n` and beyond are left from earlier posts: never read them.
 */
export type Columns = {
  n: number;
  word: Word[];
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  clause: Int32Array;
  quoted: Uint8Array;
  masks: Int32Array;
  /** The word was read as a typo of a lexicon word. */
  fuzzy: Uint8Array;
  to: Int32Array;
  /** Clause number of every word, filled in only for a post worth analysing. */
  clauses: Int32Array;
  /** The words that start a phrase, `phraseCount` of them. */
  phraseAt: Int32Array;
  phraseCount: number;
};

function columns(size: number, word: Word[]): Columns {
  return {
    n: 0,
    word,
    start: new Int32Array(size),
    end: new Int32Array(size),
    sentence: new Int32Array(size),
    clause: new Int32Array(size),
    quoted: new Uint8Array(size),
    masks: new Int32Array(size),
    fuzzy: new Uint8Array(size),
    to: new Int32Array(size),
    clauses: new Int32Array(size),
    phraseAt: new Int32Array(size),
    phraseCount: 0,
  };
}

const col = columns(1024, []);

/** The shared columns, emptied. */
export function emptyColumns(): Columns {
  col.n = 0;
  col.phraseCount = 0;
  return col;
}

/** Make the shared columns twice as long, in place, keeping what they hold. */
function grow(): void {
  const more = columns(col.start.length * 2, col.word);
  more.start.set(col.start);
  more.end.set(col.end);
  more.sentence.set(col.sentence);
  more.clause.set(col.clause);
  more.quoted.set(col.quoted);
  more.masks.set(col.masks);
  more.fuzzy.set(col.fuzzy);
  more.to.set(col.to);
  more.phraseAt.set(col.phraseAt);
  more.n = col.n;
  more.phraseCount = col.phraseCount;
  Object.assign(col, more);
}

/** Append a word; `phrase`: it starts a phrase. */
export function push(
  word: Word,
  mask: number,
  fuzzy: number,
  start: number,
  end: number,
  sentence: number,
  clause: number,
  quoted: number,
  phrase: boolean,
): void {
  const c = col;
  const n = c.n;
  if (n === c.start.length) grow();
  c.word[n] = word;
  c.masks[n] = mask;
  c.fuzzy[n] = fuzzy;
  c.start[n] = start;
  c.end[n] = end;
  c.sentence[n] = sentence;
  c.clause[n] = clause;
  c.quoted[n] = quoted;
  c.to[n] = n;
  if (phrase) c.phraseAt[c.phraseCount++] = n;
  c.n = n + 1;
}

/** Extra words from a rule's options: flagged as profanity, or allowed. */
export type Tuning = { words: ReadonlySet<string>; allow: ReadonlySet<string> };

/** A word's mask with the rule's own words added and allowed words taken out. */
export function tuned(mask: number, w: string, tuning: Tuning): number {
  let m = mask;
  if (tuning.allow.has(w)) m &= ~DIRECT;
  if (tuning.words.has(w)) m |= C.profanity;
  return m;
}

/** Append a word, or its pieces when it is run together and typed as read. */
export function add(
  info: WordInfo,
  tuning: Tuning | undefined,
  start: number,
  end: number,
  sentence: number,
  clause: number,
  quoted: number,
): void {
  const pieces = info.pieces;
  if (pieces !== undefined && end - start === info.w.length) {
    for (const p of pieces) {
      const phrase = p.phrases !== undefined;
      push(p, p.mask, 0, start + p.start, start + p.end, sentence, clause, quoted, phrase);
    }
    return;
  }
  const mask = tuning === undefined ? info.mask : tuned(info.mask, info.w, tuning);
  const phrase = info.phrases !== undefined;
  push(info, mask, info.typo ? 1 : 0, start, end, sentence, clause, quoted, phrase);
}
