import type { Word } from './words.js';

const MARKS = /\p{M}/gu;

/**
 * Folds of words past ASCII: normalising costs microseconds a word, and the same
 * words ("café", "’s" forms, names) come back post after post. Bounded in entries
 * and in word length, so odd input cannot make it grow.
 */
const folds = new Map<string, string>();
const MAX_FOLDS = 4096;
const MAX_CACHED_LENGTH = 64;

/**
 * Lower-cased text without diacritics and with straight apostrophes
 * ("Café’s" → "cafe's"); ASCII input is returned as is, without allocating.
 */
export function fold(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return foldPastAscii(lower);
  }
  return lower;
}

function foldPastAscii(lower: string): string {
  if (lower.length > MAX_CACHED_LENGTH) return normalizeFold(lower);
  let folded = folds.get(lower);
  if (folded === undefined) {
    folded = normalizeFold(lower);
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(lower, folded);
  }
  return folded;
}

function normalizeFold(lower: string): string {
  return lower.replaceAll('’', "'").normalize('NFD').replace(MARKS, '');
}

let lastWords: readonly Word[] | undefined;
let lastFolded: readonly string[] = [];

const PAST_ASCII = /[\u0080-\uffff]/;

/**
 * Folded forms of all words of a post. Several checks fold the same words of one post:
 * the last result is kept and returned again for the same words (do not modify it).
 * `text`, the post the words are of, when given: without a unit past ASCII in it, every
 * word is its own folded form.
 */
export function foldWords(words: readonly Word[], text?: string): readonly string[] {
  if (words === lastWords) return lastFolded;
  const out = new Array<string>(words.length);
  if (text !== undefined && !PAST_ASCII.test(text)) {
    for (let i = 0; i < words.length; i++) out[i] = (words[i] as Word).lower;
  } else {
    for (let i = 0; i < words.length; i++) out[i] = fold((words[i] as Word).lower);
  }
  lastWords = words;
  lastFolded = out;
  return out;
}
