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
