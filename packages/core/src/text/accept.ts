/**
 * Whether a raw automaton hit is a match, judged by the word boundaries around it:
 * - short terms (≤ `shortLength` letters) match whole words only, with an inflection
 *   (Zeus', Zeus's, Zeussen, Zeusje) or a generic compound part (Zeusproject, projectZeus);
 * - longer terms also match inside compounds (Spoorbreinteam, klantportaalSpoorbrein)
 *   when the term's edge word has at least `minCompoundLength` letters;
 * - a term split where it has no word break (P r o j e c t, Spoor brein) must start and
 *   end on word boundaries; a short term must then be split between every letter.
 */
import {
  headEnds,
  headStarts,
  isSuffix,
  isWordEnd,
  isWordStart,
  prevBoundary,
  wordEndFrom,
} from './compounds.js';
import { charLength } from './normalize.js';
import { BEFORE, INSIDE, NUMBER, type Stream, WORD_START } from './stream.js';
import { DIGIT_BASE } from './symbols.js';

/** What each skeleton group needs from its surroundings (indexed by group). */
export type Groups = {
  /** Offset of the group's skeleton in `brk` and `dig`, and its length. */
  offset: Int32Array;
  len: Int32Array;
  /** Word breaks (BEFORE/INSIDE) and digit flags of the term skeletons, flat. */
  brk: Uint8Array;
  dig: Uint8Array;
  short: Uint8Array;
  firstLong: Uint8Array;
  lastLong: Uint8Array;
};

/** Start of the last character that ends at `end` (a surrogate pair counts as one). */
function lastCharStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xdc00 && c <= 0xdfff && end >= 2 ? end - 2 : end - 1;
}

/** Are the digits that `x` flags as numbers inside [s, e) letters of the term (leet)? */
function numbersFit(x: Stream, G: Groups, off: number, s: number, e: number): boolean {
  const { bb, dig, sym } = x;
  for (let q = s; q < e; q++) {
    if (dig[q] !== NUMBER || G.dig[off + q] !== 0) continue;
    // A lone leet digit among s p a c e d letters (P R 0 j 3 c T) is still a letter.
    const lone =
      (sym[q] as number) < DIGIT_BASE &&
      isWordStart(bb, q) &&
      isWordEnd(bb, q) &&
      (q === s || isWordStart(bb, q - 1)) &&
      (q === e - 1 || isWordEnd(bb, q + 1));
    if (!lone) return false;
  }
  return true;
}

/**
 * Checks a raw hit of group `g` on skeleton positions [s, e) against the word
 * boundaries; returns its original end offset (its start in `span.start`) or -1.
 */
export function accept(
  x: Stream,
  text: string,
  G: Groups,
  g: number,
  s: number,
  e: number,
  span: { start: number },
): number {
  const { bb, sym } = x;
  const off = (G.offset[g] as number) - s;
  if (x.hasNum && !numbersFit(x, G, off, s, e)) return -1;
  let odd = false;
  let joined = false;
  for (let q = s; q < e; q++) {
    const b = bb[q] as number;
    const tb = G.brk[off + q] as number;
    if (q > s) {
      if (b & BEFORE) {
        if ((tb & (BEFORE | INSIDE)) === 0) odd = true;
      } else joined = true;
    }
    if (b & INSIDE && q > s && q < e - 1 && (tb & (BEFORE | INSIDE)) === 0) odd = true;
  }
  const first = bb[s] as number;
  const startBoundary = (first & WORD_START) !== 0;
  span.start =
    first & BEFORE || !(first & INSIDE)
      ? (x.start[s] as number)
      : lastCharStart(text, x.end[s] as number);
  const endBoundary = ((bb[e] as number) & BEFORE) !== 0;
  const endInside = !endBoundary && ((bb[e - 1] as number) & INSIDE) !== 0;
  const endOfFirst = (x.start[e - 1] as number) + charLength(text, x.start[e - 1] as number);
  let wordEnd = -1;
  if (!endBoundary && !endInside) {
    const to = wordEndFrom(x, e);
    if (isSuffix(x, e, to)) wordEnd = to;
  }
  if (odd) {
    // Split where the term has no word break (P r o j e c t, Spoor brein).
    if (G.short[g] === 1 && joined) return -1;
    if (!startBoundary) return -1;
    if (endBoundary) return x.end[e - 1] as number;
    if (endInside) return endOfFirst;
    return wordEnd === -1 ? -1 : (x.end[wordEnd - 1] as number);
  }
  if (
    !startBoundary &&
    G.firstLong[g] === 0 &&
    !headEnds(x, prevBoundary(x, s), s, sym[s] as number)
  )
    return -1;
  if (endBoundary) return x.end[e - 1] as number;
  if (endInside) return endOfFirst;
  if (wordEnd !== -1) return x.end[wordEnd - 1] as number;
  // Inside a compound: end after the first letter of a collapsed run (Spoorbrein|netwerk).
  if (G.lastLong[g] === 1 || headStarts(x, e, wordEndFrom(x, e), sym[e - 1] as number))
    return endOfFirst;
  return -1;
}
