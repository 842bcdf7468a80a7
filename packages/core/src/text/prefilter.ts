/**
 * A lean first pass over a text: the same symbol stream as `scan` (skeleton.ts) fed to
 * the automaton, but nothing written down, so it only tells whether any term skeleton
 * occurs at all. Most posts contain no term, and for them this pass is the whole cost;
 * the rest are scanned again in full. It must read every unit exactly as `scan` does
 * (the tests compare the two): the state kept here is what symbols depend on, i.e. the
 * leetspeak context (leet.ts) and the last symbol (doubled letters collapse).
 *
 * Most units are plain letters and ASCII separators. A tight loop reads them with one
 * table step each and no other branch (a branch that flips at every word boundary costs
 * more than the step): a lean copy of the automaton (`leanOf`) stays put on a separator
 * and on a letter doubling the last one, and the general path below, for everything
 * else, takes up the leetspeak context and the last symbol from the units just read.
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

/**
 * The units the tight loop reads: those that fold to a–z as their symbol (PLAIN_SYM),
 * ASCII units that fold to themselves as separators as FAST_SEP (not @ $ |: leetspeak),
 * others 0 (the general path).
 */
const FAST_SEP = 63;
const FAST = new Uint8Array(0x10000);
FAST.set(PLAIN_SYM);
for (let c = 0; c < 128; c++) {
  if (PLAIN_SYM[c] === 0 && FOLD_BMP[c] === c && CLASS[c] === SEP) FAST[c] = FAST_SEP;
}

/**
 * The automaton for the tight loop, premultiplied by its own width: one column more, for
 * FAST_SEP, on which every state stays; and a state stays on the letter it was entered
 * on, as `scan` collapses a doubled letter. That is exact: a state other than the root is
 * only entered on one symbol, which is then the last symbol written; the root is entered
 * on a letter only when no term starts with it, and then stepping on it again keeps the
 * root too. The general path steps the same table on the automaton's own columns (it
 * collapses doubled letters itself, so the loops it adds are never taken there).
 */
type Lean = { delta: Int32Array; column: Int32Array };
const leans = new WeakMap<Automaton, Lean>();

function leanOf(auto: Automaton): Lean {
  const known = leans.get(auto);
  if (known) return known;
  const { delta, width, column } = auto;
  const states = delta.length / width;
  const w2 = width + 1;
  const d2 = new Int32Array(states * w2);
  /** The symbol of each column, and the column each state is entered on. */
  const symOf = new Int32Array(width).fill(-1);
  for (let s = 0; s < column.length; s++) if (column[s] !== 0) symOf[column[s] as number] = s;
  const entered = new Int32Array(states).fill(-1);
  for (let q = 0; q < states; q++) {
    for (let a = 0; a < width; a++) {
      const v = delta[q * width + a] as number;
      const to = (v < 0 ? ~v : v) / width;
      d2[q * w2 + a] = v < 0 ? ~(to * w2) : to * w2;
      if (to !== 0) entered[to] = a;
    }
    d2[q * w2 + width] = q * w2;
  }
  for (let q = 1; q < states; q++) {
    const a = entered[q] as number;
    const sy = a > 0 ? (symOf[a] as number) : -1;
    // Letters collapse (also leetspeak read as letters); digits and other letters do not.
    if (sy > 0 && sy < DIGIT_BASE) d2[q * w2 + a] = q * w2;
  }
  const col2 = new Int32Array(FAST_SEP + 1);
  for (let p = 1; p <= 26; p++) col2[p] = column[p] as number;
  col2[FAST_SEP] = width;
  const lean = { delta: d2, column: col2 };
  leans.set(auto, lean);
  return lean;
}

/** Does the automaton report anywhere in the skeleton of `input`? */
export function anyHit(input: string, auto: Automaton, extras: Map<number, number>): boolean {
  const n = input.length;
  const { column } = auto;
  const { delta, column: fastColumn } = leanOf(auto);
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
      const from = i;
      let c = 0;
      while (i < n) {
        c = charCode.call(input, i) as number;
        const p = FAST[c] as number;
        if (p === 0) break;
        i++;
        const v = delta[state + (fastColumn[p] as number)] as number;
        if (v < 0) return true;
        state = v;
      }
      if (i > from) {
        // What the general path keeps, from the units just read: the last one says
        // whether a word goes on, the last letter among them is the last symbol.
        let k = i - 1;
        if (FAST[charCode.call(input, k) as number] === FAST_SEP) {
          inChunk = false;
          prevClass = SEP;
          while (k > from && FAST[charCode.call(input, k) as number] === FAST_SEP) k--;
        } else {
          inChunk = true;
          prevClass = LETTER;
        }
        const p = FAST[charCode.call(input, k) as number] as number;
        if (p !== FAST_SEP) {
          last = p;
          hasLetter = true;
        }
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
