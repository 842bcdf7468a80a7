import { fingerprint, printOf } from './fingerprint.js';
import { pastAscii, type Word } from './words.js';

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
/**
 * The post `lastFolded` was folded against, and the words it folded (undefined: all; a
 * plain ASCII word among them folds to itself).
 */
let lastText: string | undefined;
let lastPast: readonly number[] | undefined;

const PAST_ASCII = /[\u0080-\uffff]/;

/**
 * Folded forms of all words of a post. Several checks fold the same words of one post:
 * the last result is kept and returned again for the same words (do not modify it).
 * `text`, the post the words are of, when given: a word without a unit past ASCII in
 * the text is its own folded form (lower-cased ASCII is ASCII), so only the words that
 * hold one of the post's units past ASCII are folded: the words the tokeniser marked
 * (`pastAscii`) when these are the words it returned last, else those found by one pass
 * over the text rather than one over every word.
 */
export function foldWords(words: readonly Word[], text?: string): readonly string[] {
  if (words === lastWords) return lastFolded;
  const n = words.length;
  const out = new Array<string>(n);
  let past: readonly number[] | undefined;
  const wide = text === undefined ? undefined : pastAscii(words);
  if (text === undefined) {
    for (let i = 0; i < n; i++) out[i] = fold((words[i] as Word).lower);
  } else if (wide !== undefined) {
    // the tokeniser told which words may hold a unit past ASCII: no pass over the text
    for (let i = 0; i < n; i++) out[i] = (words[i] as Word).lower;
    for (let k = 0; k < wide.length; k++) {
      const w = wide[k] as number;
      out[w] = fold((words[w] as Word).lower);
    }
    past = wide;
  } else {
    const found: number[] = [];
    past = found;
    for (let i = 0; i < n; i++) out[i] = (words[i] as Word).lower;
    let w = 0;
    for (let p = text.search(PAST_ASCII); p !== -1 && p < text.length; p++) {
      if (text.charCodeAt(p) < 128) continue;
      while (w < n && (words[w] as Word).end <= p) w++;
      if (w === n) break;
      const word = words[w] as Word;
      if (word.start > p) continue;
      out[w] = fold(word.lower);
      found.push(w);
      p = word.end - 1;
      w++;
    }
  }
  lastWords = words;
  lastFolded = out;
  lastText = text;
  lastPast = past;
  return out;
}

let printedWords: readonly Word[] | undefined;
let printedFolded: readonly string[] | undefined;
let lastPrints: readonly number[] = [];

/**
 * Fingerprints (fingerprint.ts) of the folded words `folded` of a post, shared per post
 * like `foldWords` (do not modify). Checks that look words up in tables each need them;
 * reading them off one post is cheaper than off every word's own string: an ASCII word's
 * fingerprint is its length and the low five bits of its first and last units, which
 * lower-casing ASCII does not change.
 */
export function foldedPrints(
  words: readonly Word[],
  text: string,
  folded: readonly string[],
): readonly number[] {
  if (words === printedWords && folded === printedFolded) return lastPrints;
  const n = words.length;
  // A plain array: allocating a small typed array per post costs more than filling it.
  const prints: number[] = [];
  if (words === lastWords && folded === lastFolded && text === lastText && lastPast) {
    for (let i = 0; i < n; i++) {
      const w = words[i] as Word;
      const s = w.start;
      const e = w.end;
      prints.push(printOf(e - s, text.charCodeAt(s), text.charCodeAt(e - 1)));
    }
    for (const i of lastPast) prints[i] = fingerprint(folded[i] as string);
  } else {
    for (let i = 0; i < n; i++) prints.push(fingerprint(folded[i] as string));
  }
  printedWords = words;
  printedFolded = folded;
  lastPrints = prints;
  return prints;
}
