/**
 * A lean first pass over a text: the same symbol stream as `scan` (skeleton.ts) fed to
 * the automaton, but nothing written down, so it only tells whether any term skeleton
 * occurs at all. Most posts contain no term, and for them this pass is the whole cost;
 * the rest are scanned again in full. It must read every unit exactly as `scan` does
 * (the tests compare the two): the state kept here is what symbols depend on, i.e. the
 * leetspeak context (leet.ts) and the last symbol (doubled letters collapse).
 */
import type { Automaton } from './automaton.js';
import { LEET_SYMBOL, leetSymbol } from './leet.js';
import { charLength, FOLD_BMP, FOLD_SPECIAL, foldAt } from './normalize.js';
import {
  ASCII_SYM,
  CLASS,
  classOf,
  DIGIT,
  DIGIT_BASE,
  DIGIT_SYM,
  LETTER,
  MAYBE,
  PLAIN_SYM,
  SEP,
} from './symbols.js';

/** ASCII units that fold to themselves as separators (not @ $ |, digits or letters). */
const ASCII_SEP = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (PLAIN_SYM[c] === 0 && FOLD_BMP[c] === c && CLASS[c] === SEP) ASCII_SEP[c] = 1;
}

/** Does the automaton report anywhere in the skeleton of `input`? */
export function anyHit(input: string, auto: Automaton, extras: Map<number, number>): boolean {
  const n = input.length;
  const { delta, column } = auto;
  const columns = column.length;
  // See skeleton.ts: inlined whatever the string's representation.
  const charCode = String.prototype.charCodeAt;
  let state = 0;
  /** The last symbol written (`scan`'s sym[k - 1]); -1 before the first. */
  let last = -1;
  let inChunk = false;
  let hasLetter = false;
  let prevClass = SEP;
  let i = 0;
  let pend = '';
  let pendLen = 0;
  let pj = 0;
  for (;;) {
    let t: number;
    if (pj < pendLen) t = pend.charCodeAt(pj++);
    else {
      // Most of a post, in a tight loop: plain letters (a–z after folding) and ASCII
      // separators, which the general path below would only note as a break.
      let c = 0;
      while (i < n) {
        c = charCode.call(input, i) as number;
        const p = PLAIN_SYM[c] as number;
        if (p === 0) {
          if (c >= 128 || ASCII_SEP[c] === 0) break;
          i++;
          inChunk = false;
          prevClass = SEP;
          continue;
        }
        i++;
        inChunk = true;
        hasLetter = true;
        prevClass = LETTER;
        if (p === last) continue;
        last = p;
        const v = delta[state + (column[p] as number)] as number;
        if (v < 0) return true;
        state = v;
      }
      if (i >= n) return false;
      t = FOLD_BMP[c] as number;
      if (t >= FOLD_SPECIAL) {
        pend = foldAt(input, i);
        pendLen = pend.length;
        pj = 0;
        i += charLength(input, i);
        continue;
      }
      i++;
    }
    let cl = CLASS[t] as number;
    if (cl === 0) cl = classOf(t);
    let s = 0;
    let leet = 0;
    if (cl === MAYBE) {
      leet = leetSymbol(input, i, pend, pj, t, prevClass, hasLetter);
      s = leet & LEET_SYMBOL;
      cl = s === 0 ? SEP : LETTER;
    }
    if (cl === SEP) {
      inChunk = false;
      prevClass = SEP;
      continue;
    }
    if (!inChunk) {
      inChunk = true;
      hasLetter = false;
    }
    prevClass = cl;
    if (cl === DIGIT) s = DIGIT_SYM[t - 48] as number;
    else {
      hasLetter = true;
      if (s === 0) s = t < 128 ? (ASCII_SYM[t] as number) : (extras.get(t) ?? 0);
    }
    // A lone @ or $, or an @ at a word start, is its own word.
    const own = leet !== 0 && leet !== s;
    if (own) inChunk = false;
    if (s !== 0 && s < DIGIT_BASE && s === last) continue;
    last = s;
    if (own) prevClass = SEP;
    const v = delta[state + (s < columns ? (column[s] as number) : 0)] as number;
    if (v < 0) return true;
    state = v;
  }
}
