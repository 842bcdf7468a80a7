/**
 * The skeleton of a text: folding (case, diacritics, zero-width and bidi characters,
 * look-alike letters; see normalize.ts) and the stream of letters only, with separators
 * (spaces, dots, hyphens, underscores) dropped but remembered as word boundaries,
 * leetspeak read as letters inside words that contain letters (Z3u$ → zeus; digits in
 * numbers stay flagged; see leet.ts), l and i merged (1 ≈ l ≈ i), and doubled letters
 * collapsed (Zeeeus → zeus). The automaton steps along in the same single pass.
 */
import type { Automaton } from './automaton.js';
import { ALONE, LEET_SYMBOL, leetSymbol, SOLO } from './leet.js';
import { charLength, FOLD_BMP, FOLD_SPECIAL, foldAt } from './normalize.js';
import {
  addHits,
  BEFORE,
  FROM_DIGIT,
  grow,
  INSIDE,
  markNumbers,
  NUMBER,
  SOFT,
  type Stream,
} from './stream.js';
import {
  ASCII_SYM,
  CLASS,
  classOf,
  DIGIT,
  DIGIT_BASE,
  DIGIT_SYM,
  FIXED_SYMBOLS,
  LETTER,
  MAYBE,
  PLAIN_SYM,
  SEP,
} from './symbols.js';

/**
 * Folds `input`, writes its skeleton into `st` and steps `auto` along, all in one pass.
 * Letters outside a–z get a symbol from `extras` (0 when absent); with `register`, new
 * ones are added (terms). Plain letters inside a word take a tight inner loop; everything
 * else (word starts, separators, digits, leetspeak, special folds) the general path.
 */
export function scan(
  input: string,
  st: Stream,
  extras: Map<number, number>,
  register: boolean,
  auto: Automaton,
): void {
  const n = input.length;
  if (st.sym.length < n + 2) grow(st, n * 2 + 16, 0);
  let { sym, start, end, bb, dig } = st;
  const { delta, width, column, emit } = auto;
  const columns = column.length;
  // Called through `call` so the load is inlined whatever the string's representation
  // (sliced, cons, one- or two-byte): `input.charCodeAt` goes megamorphic on mixed inputs.
  const charCode = String.prototype.charCodeAt;
  let state = 0;
  st.hitCount = 0;
  let k = 0;
  let hasNum = false;
  let inChunk = false;
  let boundary = true;
  let soft = false;
  let chunkK = 0;
  let hasLetter = false;
  let hasDigit = false;
  let prevClass = SEP;
  let i = 0;
  let pend = '';
  let pendLen = 0;
  let pj = 0;
  let ps = 0;
  let pe = 0;
  for (;;) {
    let t: number;
    let s0: number;
    let e0: number;
    if (pj < pendLen) {
      t = pend.charCodeAt(pj++);
      s0 = ps;
      e0 = pe;
    } else {
      if (i >= n) break;
      t = FOLD_BMP[charCode.call(input, i)] as number;
      if (t >= FOLD_SPECIAL) {
        const len = charLength(input, i);
        pend = foldAt(input, i);
        pendLen = pend.length;
        pj = 0;
        ps = i;
        pe = i + len;
        i += len;
        if (k + pendLen + (n - i) + 2 > sym.length) {
          grow(st, (k + pendLen + n - i) * 2 + 16, k);
          ({ sym, start, end, bb, dig } = st);
        }
        continue;
      }
      s0 = i;
      e0 = ++i;
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
      if (soft) {
        soft = false;
        boundary = true;
      }
      if (inChunk) {
        if (hasDigit && !hasLetter) hasNum = markNumbers(dig, chunkK, k);
        inChunk = false;
        boundary = true;
      }
      prevClass = SEP;
      continue;
    }
    if (!inChunk) {
      inChunk = true;
      chunkK = k;
      hasLetter = false;
      hasDigit = false;
    }
    prevClass = cl;
    let isDig = 0;
    if (cl === DIGIT) {
      s = DIGIT_SYM[t - 48] as number;
      isDig = FROM_DIGIT;
      hasDigit = true;
    } else {
      hasLetter = true;
      if (s === 0) {
        if (t < 128) s = ASCII_SYM[t] as number;
        else {
          s = extras.get(t) ?? 0;
          if (s === 0 && register) {
            s = FIXED_SYMBOLS + extras.size;
            extras.set(t, s);
          }
        }
      }
    }
    if (leet !== 0 && leet !== s) {
      // A lone @ or $, or an @ at a word start: its own word.
      inChunk = false;
      boundary = true;
    }
    if (k > 0 && s !== 0 && s < DIGIT_BASE && sym[k - 1] === s) {
      // A doubled letter (Zeeus), also across words (S p o o r, Groeiplan Noord).
      end[k - 1] = e0;
      if (boundary) bb[k - 1] = (bb[k - 1] as number) | INSIDE;
      boundary = false;
    } else {
      const alone = (leet & ALONE) !== 0;
      sym[k] = s;
      start[k] = s0;
      end[k] = e0;
      bb[k] = boundary ? BEFORE : soft ? SOFT : 0;
      dig[k] = alone ? NUMBER : isDig;
      k++;
      boundary = false;
      soft = false;
      if (alone) {
        inChunk = false;
        boundary = true;
        prevClass = SEP;
        hasNum = true;
      } else if ((leet & SOLO) !== 0) {
        inChunk = false;
        soft = true;
        prevClass = SEP;
      }
      const v = delta[state + (s < columns ? (column[s] as number) : 0)] as number;
      if (v >= 0) state = v;
      else {
        state = ~v;
        addHits(st, auto, emit[(state / width) | 0] as number, k);
      }
    }
    if (!inChunk || boundary || soft || pj < pendLen) continue;
    // Fast path: plain letters (a–z after folding) inside the word.
    const from = i;
    let last = sym[k - 1] as number;
    while (i < n) {
      const p = PLAIN_SYM[charCode.call(input, i)] as number;
      if (p === 0) break;
      if (p === last) {
        end[k - 1] = ++i;
        continue;
      }
      last = p;
      sym[k] = p;
      start[k] = i;
      end[k] = ++i;
      bb[k] = 0;
      dig[k] = 0;
      k++;
      const v = delta[state + (column[p] as number)] as number;
      if (v >= 0) state = v;
      else {
        state = ~v;
        addHits(st, auto, emit[(state / width) | 0] as number, k);
      }
    }
    if (i > from) {
      hasLetter = true;
      prevClass = LETTER;
    }
  }
  if (inChunk && hasDigit && !hasLetter) hasNum = markNumbers(dig, chunkK, k);
  bb[k] = BEFORE;
  st.length = k;
  st.hasNum = hasNum;
}
