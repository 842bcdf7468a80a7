import type { Word } from '../../text/words.js';
import type { Span } from './entities.js';
import { countLetters, type LetterCounts } from './letters.js';

export type ShoutingLimits = { shoutMinLetters: number; shoutShare: number; maxCapsWords: number };

export type Shouting = Span & { words: number };

/**
 * Shouting: most letters of the post are capitals, or a long run of all-caps words.
 * Words inside links, hashtags and mentions are left out (`skip`).
 */
export function findShouting(
  text: string,
  words: readonly Word[],
  skip: readonly boolean[],
  limits: ShoutingLimits,
): Shouting | undefined {
  const counts: LetterCounts = { upper: 0, lower: 0 };
  let upper = 0;
  let letters = 0;
  let capsWords = 0;
  let first = -1;
  let last = -1;
  let run = 0;
  let runStart = 0;
  let best: Shouting | undefined;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    if (skip[w]) {
      run = 0;
      continue;
    }
    countLetters(text, word.start, word.end, counts);
    const n = counts.upper + counts.lower;
    if (n === 0) continue;
    upper += counts.upper;
    letters += n;
    if (first < 0) first = word.start;
    last = word.end;
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
  if (letters >= limits.shoutMinLetters && upper >= limits.shoutShare * letters && capsWords > 0) {
    return { start: first, end: last, words: capsWords };
  }
  return best;
}
