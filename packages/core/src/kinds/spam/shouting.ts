import type { Word } from '../../text/words.js';
import type { Span } from './entities.js';
import { countLetters, hasLower, type LetterCounts } from './letters.js';

export type ShoutingLimits = { shoutMinLetters: number; shoutShare: number; maxCapsWords: number };

export type Shouting = Span & { words: number };

const counts: LetterCounts = { upper: 0, lower: 0 };

/**
 * Shouting: most letters of the post are capitals, or a long run of all-caps words.
 * Words inside links, hashtags and mentions are left out (`marks`, skip.ts).
 *
 * A word without capitals is its own lower-case form, so most words cost a comparison
 * (and a look at their first letter); their letters are only counted when the share of
 * capitals among the other words' letters is high enough that they may decide it.
 */
export function findShouting(
  text: string,
  words: readonly Word[],
  marks: Uint8Array,
  limits: ShoutingLimits,
): Shouting | undefined {
  let upper = 0;
  /** Letters of the words with capitals only. */
  let letters = 0;
  let capsWords = 0;
  let run = 0;
  let runStart = 0;
  let best: Shouting | undefined;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    if (marks[w] !== 0) {
      run = 0;
      continue;
    }
    if (word.text === word.lower) {
      // No capitals: a word with a lower-case letter ends a run of capitals (if any).
      if (run > 0 && hasLower(text, word.start, word.end)) run = 0;
      continue;
    }
    countLetters(text, word.start, word.end, counts);
    const n = counts.upper + counts.lower;
    if (n === 0) continue;
    upper += counts.upper;
    letters += n;
    if (counts.lower === 0 && counts.upper >= 2) {
      capsWords++;
      if (run === 0) runStart = word.start;
      run++;
      if (run > limits.maxCapsWords && (!best || run > best.words)) {
        best = { start: runStart, end: word.end, words: run };
      }
    } else if (counts.lower > 0) {
      run = 0;
    }
  }
  // More letters only lower the share of capitals.
  if (capsWords > 0 && upper >= limits.shoutShare * letters) {
    const all = shoutingShare(text, words, marks, limits);
    if (all) return all;
  }
  return best;
}

/** Most letters of the post are capitals: the span from the first to the last word with letters. */
function shoutingShare(
  text: string,
  words: readonly Word[],
  marks: Uint8Array,
  limits: ShoutingLimits,
): Shouting | undefined {
  let upper = 0;
  let letters = 0;
  let capsWords = 0;
  let first = -1;
  let last = -1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    if (marks[w] !== 0) continue;
    countLetters(text, word.start, word.end, counts);
    const n = counts.upper + counts.lower;
    if (n === 0) continue;
    upper += counts.upper;
    letters += n;
    if (first < 0) first = word.start;
    last = word.end;
    if (counts.lower === 0 && counts.upper >= 2) capsWords++;
  }
  if (letters >= limits.shoutMinLetters && upper >= limits.shoutShare * letters && capsWords > 0) {
    return { start: first, end: last, words: capsWords };
  }
  return undefined;
}
