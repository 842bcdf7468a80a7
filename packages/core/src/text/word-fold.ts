import type { Word } from './words.js';

const MARKS = /\p{M}/gu;

/**
 * Lower-cased text without diacritics and with straight apostrophes
 * ("Café’s" → "cafe's"); ASCII input is returned as is, without allocating.
 */
export function fold(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      return lower.replaceAll('’', "'").normalize('NFD').replace(MARKS, '');
    }
  }
  return lower;
}

let lastWords: readonly Word[] | undefined;
let lastFolded: readonly string[] = [];

/**
 * Folded forms of all words of a post. Several checks fold the same words of one post:
 * the last result is kept and returned again for the same words (do not modify it).
 */
export function foldWords(words: readonly Word[]): readonly string[] {
  if (words === lastWords) return lastFolded;
  const out = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = fold((words[i] as Word).lower);
  lastWords = words;
  lastFolded = out;
  return out;
}
