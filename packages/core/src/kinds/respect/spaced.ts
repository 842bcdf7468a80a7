import type { Word } from './cache.js';
import { type Columns, type Tuning, tuned } from './columns.js';
import { TABLE } from './fold.js';
import type { Lexicon } from './lexicon.js';
import { joinedWord } from './word-at.js';

function one(c: Columns, k: number): boolean {
  return (c.end[k] as number) - (c.start[k] as number) === 1;
}

/** Folded form of a one-letter word (no leet: a single character is a letter or a digit). */
function foldOne(text: string, at: number): string {
  const c = text.charCodeAt(at);
  return String.fromCharCode(c < 0x250 ? (TABLE[c] as number) : c);
}

/**
 * Join letters typed apart ("k a n k e r") into one word, in place. One-letter words
 * are never pieces of a run-together word, so the columns still hold one word per word
 * typed where this looks.
 */
export function mergeSpaced(
  lex: Lexicon,
  text: string,
  tuning: Tuning | undefined,
  c: Columns,
): void {
  const n = c.n;
  let out = 0;
  let k = 0;
  while (k < n) {
    let j = k;
    while (j + 1 < n) {
      if (!one(c, j) || !one(c, j + 1)) break;
      const gap = c.end[j] as number;
      if ((c.start[j + 1] as number) - gap !== 1 || text.charCodeAt(gap) !== 32) break;
      j++;
    }
    c.start[out] = c.start[k] as number;
    c.sentence[out] = c.sentence[k] as number;
    c.clause[out] = c.clause[k] as number;
    c.quoted[out] = c.quoted[k] as number;
    c.to[out] = out;
    if (j - k >= 2 && one(c, k)) {
      let w = '';
      for (let m = k; m <= j; m++) w += foldOne(text, c.start[m] as number);
      const info = joinedWord(lex, w);
      c.word[out] = info;
      c.masks[out] = tuning === undefined ? info.mask : tuned(info.mask, info.w, tuning);
      c.fuzzy[out] = info.typo ? 1 : 0;
      c.end[out] = c.end[j] as number;
      k = j + 1;
    } else {
      c.word[out] = c.word[k] as Word;
      c.masks[out] = c.masks[k] as number;
      c.fuzzy[out] = c.fuzzy[k] as number;
      c.end[out] = c.end[k] as number;
      k++;
    }
    out++;
  }
  c.n = out;
  c.phraseCount = 0;
  for (let m = 0; m < out; m++)
    if (c.word[m]?.phrases !== undefined) c.phraseAt[c.phraseCount++] = m;
}
