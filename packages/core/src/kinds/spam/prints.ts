import { fingerprint, printOf } from '../../text/fingerprint.js';
import type { Word } from '../../text/words.js';

/**
 * Fingerprints (text/fingerprint.ts) of the words' lower-cased forms, into `out`; returns
 * `out`, or a longer array in its place when it is too short.
 *
 * Read off the post where they can be, not off each word's own string: lower-casing keeps
 * an ASCII unit's low five bits and a word's length (all but U+0130 'İ', which becomes two
 * units), so a word whose first and last units are ASCII has the fingerprint of its
 * stretch of the post. Other words, and all words of a post with an 'İ', read their
 * lower-cased form.
 */
export function lowerPrints(text: string, words: readonly Word[], out: Int32Array): Int32Array {
  const n = words.length;
  const prints = out.length >= n ? out : new Int32Array(Math.max(n, 2 * out.length));
  const dotted = text.indexOf('\u0130') !== -1;
  for (let i = 0; i < n; i++) {
    const word = words[i] as Word;
    const s = word.start;
    const e = word.end;
    const a = text.charCodeAt(s);
    const b = text.charCodeAt(e - 1);
    prints[i] = a < 128 && b < 128 && !dotted ? printOf(e - s, a, b) : fingerprint(word.lower);
  }
  return prints;
}
