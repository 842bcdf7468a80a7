/**
 * How the skeleton reads @ $ | : as letters in leetspeak (B@kker, Z3u$, Sp|it), as a
 * mention or lone letter at a word start (@Zeus, T R 3 I N R A D @ R), or as separators
 * (e-mail addresses, prices, pipes between words). Decided by looking at the neighbours.
 */
import { charLength, FOLD_BMP, FOLD_SPECIAL, foldAt } from './normalize.js';
import { classOf, DIGIT, LETTER, MAYBE, SEP, SYM_A, SYM_I, SYM_S } from './symbols.js';

/** Flag on a leet symbol: a lone @ or $ (a spaced letter, its own word). */
export const ALONE = 64;
/** Flag on a leet symbol: an @ at a word start (a mention or a leet a, its own word). */
export const SOLO = 128;
/** The symbol part of a leet reading. */
export const LEET_SYMBOL = 63;

/** The folded unit at `i` (after pending units `pend[pj…]`), skipping dropped ones; 32 at the end. */
export function peek(input: string, i: number, pend: string, pj: number): number {
  if (pj < pend.length) return pend.charCodeAt(pj);
  for (let j = i; j < input.length; ) {
    const t = FOLD_BMP[input.charCodeAt(j)] as number;
    if (t < FOLD_SPECIAL) return t;
    const f = foldAt(input, j);
    if (f.length > 0) return f.charCodeAt(0);
    j += charLength(input, j);
  }
  return 32;
}

/** Does a letter follow within the word that continues at `i` (after pending units)? */
function letterAhead(input: string, i: number, pend: string, pj: number): boolean {
  for (let j = pj; j < pend.length; j++) {
    const cl = classOf(pend.charCodeAt(j));
    if (cl === LETTER) return true;
    if (cl === SEP) return false;
  }
  for (let j = i; j < input.length; j++) {
    const cl = classOf(FOLD_BMP[input.charCodeAt(j)] as number);
    if (cl === LETTER) return true;
    if (cl === SEP) return false;
  }
  return false;
}

/** Is the word that continues at `i` the end of an e-mail address (a dot and a domain follow)? */
function domainAhead(input: string, i: number): boolean {
  let j = i;
  while (j < input.length) {
    const cl = classOf(FOLD_BMP[input.charCodeAt(j)] as number);
    if (cl !== LETTER && cl !== DIGIT) break;
    j++;
  }
  return input.charCodeAt(j) === 46 && classOf(peek(input, j + 1, '', 0)) === LETTER;
}

/**
 * Reading of the leet unit `t` (@ $ |) at the scan position (`i`, pending `pend[pj…]`):
 * its symbol (0 = a separator), maybe with ALONE or SOLO. `prevClass` is the class of
 * the unit before; `hasLetter` whether the current (or last) word had a letter.
 */
export function leetSymbol(
  input: string,
  i: number,
  pend: string,
  pj: number,
  t: number,
  prevClass: number,
  hasLetter: boolean,
): number {
  const next = classOf(peek(input, i, pend, pj));
  const before = prevClass === LETTER || prevClass === DIGIT;
  const after = next === LETTER || next === DIGIT || next === MAYBE;
  const letter =
    prevClass === LETTER || next === LETTER || hasLetter || letterAhead(input, i, pend, pj);
  if (t === 124) return before && after && letter ? SYM_I : 0;
  // A lone @ or $ (T R 3 I N R A D @ R): a letter only among spaced letters (see accept).
  if (!before && !after) return (t === 64 ? SYM_A : SYM_S) | ALONE;
  if (t === 36) return letter ? SYM_S : 0;
  if (before) return after && letter && !domainAhead(input, i) ? SYM_A : 0;
  // @ at a word start is a mention or a leet a: its own word (@Zeus, @mstelland).
  return letter ? SYM_A | SOLO : 0;
}
