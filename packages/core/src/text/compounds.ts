/**
 * Word boundaries in a skeleton stream, and the affixes around a term: inflection
 * suffixes (Zeus-s, Zeussen, Zeusje) and generic compound heads (Zeusproject,
 * projectZeus), maybe joined by a Dutch linking sound (stationsvisie, Zeusenteam).
 */
import affixes from '../../data/term-affixes.json' with { type: 'json' };
import { NO_AUTOMATON } from './automaton.js';
import { scan } from './skeleton.js';
import { BEFORE, INSIDE, newStream, type Stream, WORD_START } from './stream.js';

type Affix = Uint16Array;

function affixSkeletons(list: readonly string[]): Affix[] {
  const none = new Map<number, number>();
  const st = newStream(64);
  return list.map((w) => {
    scan(w, st, none, false, NO_AUTOMATON);
    return st.sym.slice(0, st.length);
  });
}

const SUFFIXES = affixSkeletons(affixes.suffixes);
const HEADS = affixSkeletons(affixes.heads);
/** Linking sounds of Dutch compounds (stationsvisie, Zeusenteam). */
const LINKS = affixSkeletons(['s', 'en', 'e']);

function equalAt(sym: Uint16Array, at: number, word: Affix, from: number): boolean {
  for (let i = from; i < word.length; i++) if (sym[at + i - from] !== word[i]) return false;
  return true;
}

/** End of the word that continues at `p`: the next boundary, or after a run that holds one. */
export function wordEndFrom(st: Stream, p: number): number {
  for (let q = p; q < st.length; q++) {
    const b = st.bb[q] as number;
    if (b & BEFORE) return q;
    if (b & INSIDE) return q + 1;
  }
  return st.length;
}

/** Does a word start at position `q` (a boundary before it or inside its run)? */
export function isWordStart(bb: Uint8Array, q: number): boolean {
  return ((bb[q] as number) & WORD_START) !== 0;
}

/** Does a word end with position `q`? */
export function isWordEnd(bb: Uint8Array, q: number): boolean {
  return ((bb[q + 1] as number) & BEFORE) !== 0 || ((bb[q] as number) & INSIDE) !== 0;
}

/** The word start at or before `p`. */
export function prevBoundary(st: Stream, p: number): number {
  let q = p;
  while (q > 0 && ((st.bb[q] as number) & WORD_START) === 0) q--;
  return q;
}

/** Is [from, to) exactly one inflection suffix? */
export function isSuffix(st: Stream, from: number, to: number): boolean {
  const len = to - from;
  for (const s of SUFFIXES) if (s.length === len && equalAt(st.sym, from, s, 0)) return true;
  return false;
}

/**
 * Does a compound head start at `from` (before `to`), maybe after a linking sound?
 * `last` is the term's final symbol.
 */
export function headStarts(st: Stream, from: number, to: number, last: number): boolean {
  if (headAt(st, from, to, last)) return true;
  for (const l of LINKS) {
    if (l.length < to - from && equalAt(st.sym, from, l, 0) && headAt(st, from + l.length, to, -1))
      return true;
  }
  return false;
}

function headAt(st: Stream, from: number, to: number, last: number): boolean {
  for (const h of HEADS) {
    if (h.length <= to - from && equalAt(st.sym, from, h, 0)) return true;
    // A head that begins with the term's last letter was collapsed into it (Bolt + team).
    if (h[0] === last && h.length - 1 <= to - from && equalAt(st.sym, from, h, 1)) return true;
  }
  return false;
}

/** Does a compound head end right before `at` (after `from`)? `first` is the term's first symbol. */
export function headEnds(st: Stream, from: number, at: number, first: number): boolean {
  for (const h of HEADS) {
    if (h.length <= at - from && equalAt(st.sym, at - h.length, h, 0)) return true;
    const hl = h.length - 1;
    if (h[hl] === first && hl <= at - from) {
      let ok = true;
      for (let i = 0; i < hl && ok; i++) ok = st.sym[at - hl + i] === h[i];
      if (ok) return true;
    }
  }
  return false;
}
