/**
 * The alphabet of skeletons (see skeleton.ts): symbols of letters and digits, and the
 * class of each folded UTF-16 unit, as look-up tables built once.
 */
import { FOLD_BMP, FOLD_SPECIAL } from './normalize.js';

/** Symbols: 0 = a letter no term uses, 1–26 = a–z, 27–36 = digits, 37+ = other term letters. */
export const FIXED_SYMBOLS = 37;
export const DIGIT_BASE = 27;
export const SYM_A = 1;
export const SYM_I = 9;
export const SYM_S = 19;
/** Symbol of each ASCII unit (letters; l is read as i, like 1 and |). */
export const ASCII_SYM = new Uint8Array(128);
/** Leetspeak digits read as letters: 0→o 1→i(≈l) 3→e 4→a 5→s 7→t 8→b; others stay digits. */
export const DIGIT_SYM = [15, 9, 29, 5, 1, 19, 33, 20, 2, 36];

export const SEP = 1;
export const LETTER = 2;
export const DIGIT = 3;
/** @ $ | : letters in leetspeak (Z3u$, B@kker), separators elsewhere. */
export const MAYBE = 4;
/** Class of each folded UTF-16 unit; non-ASCII entries are filled on first sight. */
export const CLASS = new Uint8Array(0x10000);
/**
 * Symbol (1–26) of each *unfolded* UTF-16 unit that folds to one of a–z (A, é, ａ …),
 * else 0: the scanner's fast path, one look-up per letter.
 */
export const PLAIN_SYM = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}\p{Mc}]$/u;

(function init() {
  for (let c = 0; c < 128; c++) CLASS[c] = SEP;
  for (let c = 97; c <= 122; c++) {
    CLASS[c] = LETTER;
    ASCII_SYM[c] = c === 108 ? SYM_I : c - 96;
  }
  for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
  CLASS[64] = MAYBE;
  CLASS[36] = MAYBE;
  CLASS[124] = MAYBE;
  for (let c = 0; c < 0x10000; c++) {
    const t = FOLD_BMP[c] as number;
    if (t < FOLD_SPECIAL && t >= 97 && t <= 122) PLAIN_SYM[c] = ASCII_SYM[t] as number;
  }
})();

function classify(c: number): number {
  const cl = (c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c)) ? LETTER : SEP;
  CLASS[c] = cl;
  return cl;
}

/** Class of the folded unit `c`: SEP, LETTER, DIGIT or MAYBE. */
export function classOf(c: number): number {
  const cl = CLASS[c] as number;
  return cl === 0 ? classify(c) : cl;
}
