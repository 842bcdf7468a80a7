/**
 * Multi-term matcher for guideline terms that resists evasions, compiled once.
 *
 * Text and terms go through the same single pass that folds them into a *skeleton*
 * (skeleton.ts: letters only, word boundaries remembered, leetspeak read as letters,
 * l ≈ i, doubled letters collapsed) while a dense Aho–Corasick automaton (automaton.ts)
 * steps along, so the cost is linear in the text and flat in the number of terms. Each
 * raw hit is then checked against the word boundaries (accept.ts, compounds.ts). A lean
 * first pass (prefilter.ts) skips the full scan for texts without any raw hit.
 */
import { accept, type Groups } from './accept.js';
import { buildAutomaton, NO_AUTOMATON } from './automaton.js';
import { anyHit } from './prefilter.js';
import { scan } from './skeleton.js';
import { BEFORE, INSIDE, newStream, type Stream } from './stream.js';
import { FIXED_SYMBOLS } from './symbols.js';

export type MatcherOptions = {
  /** Terms with at most this many letters match whole words only (plus inflections). */
  shortLength?: number;
  /** A term's first/last word needs this many letters to match inside a compound. */
  minCompoundLength?: number;
};

/** A match: half-open UTF-16 offsets into the original text and the index of the term. */
export type TermMatch = { start: number; end: number; term: number };

export type Matcher = {
  /** Number of distinct term skeletons in the automaton. */
  readonly size: number;
  match(text: string): TermMatch[];
};

/** Skeletons of terms, flat: symbols, word breaks and digit flags; entry e at offsets[e]. */
export type TermSkeletons = {
  sym: Uint16Array;
  brk: Uint8Array;
  dig: Uint8Array;
  offsets: number[];
  owners: number[];
};

/** Skeletons of all terms with at least two symbols; registers their letters in `extras`. */
export function termSkeletons(
  terms: readonly string[],
  extras: Map<number, number>,
): TermSkeletons {
  const st = newStream(256);
  let total = 0;
  let sym = new Uint16Array(4096);
  let brk = new Uint8Array(4096);
  let dig = new Uint8Array(4096);
  const offsets: number[] = [];
  const owners: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    scan(terms[t] ?? '', st, extras, true, NO_AUTOMATON);
    const len = st.length;
    if (len < 2) continue;
    if (total + len + 1 > sym.length) {
      const size = (total + len + 1) * 2;
      const nextSym = new Uint16Array(size);
      const nextBrk = new Uint8Array(size);
      const nextDig = new Uint8Array(size);
      nextSym.set(sym);
      nextBrk.set(brk);
      nextDig.set(dig);
      sym = nextSym;
      brk = nextBrk;
      dig = nextDig;
    }
    sym.set(st.sym.subarray(0, len), total);
    brk.set(st.bb.subarray(0, len), total);
    dig.set(st.dig.subarray(0, len), total);
    offsets.push(total);
    owners.push(t);
    total += len;
  }
  offsets.push(total);
  return { sym, brk, dig, offsets, owners };
}

/** What each group's skeleton needs from its surroundings (see accept.ts). */
function groupNeeds(
  sk: TermSkeletons,
  groupEntry: readonly number[],
  shortLength: number,
  minCompound: number,
): Groups {
  const groups = groupEntry.length;
  const G: Groups = {
    offset: new Int32Array(groups),
    len: new Int32Array(groups),
    brk: sk.brk,
    dig: sk.dig,
    short: new Uint8Array(groups),
    firstLong: new Uint8Array(groups),
    lastLong: new Uint8Array(groups),
  };
  for (let g = 0; g < groups; g++) {
    const entry = groupEntry[g] as number;
    const from = sk.offsets[entry] as number;
    const len = (sk.offsets[entry + 1] as number) - from;
    G.offset[g] = from;
    G.len[g] = len;
    // Word breaks are BEFORE a position or INSIDE a run shared by two words (Groeiplan Noord).
    let first = len;
    let lastStart = 0;
    for (let q = 0; q < len; q++) {
      const b = sk.brk[from + q] as number;
      if (q > 0 && b & BEFORE) first = Math.min(first, q);
      if (b & INSIDE) first = Math.min(first, q + 1);
      if ((q > 0 && b & BEFORE) || b & INSIDE) lastStart = q;
    }
    G.short[g] = len <= shortLength ? 1 : 0;
    G.firstLong[g] = len > shortLength && first >= minCompound ? 1 : 0;
    G.lastLong[g] = len > shortLength && len - lastStart >= minCompound ? 1 : 0;
  }
  return G;
}

/** The stream all matchers scan texts into (matching is synchronous). */
const shared: Stream = newStream(1024);

/**
 * Compile terms into a matcher. Terms whose skeleton has fewer than two letters are
 * ignored; terms with the same skeleton share one entry (the first term's index).
 */
export function compileTerms(terms: readonly string[], options: MatcherOptions = {}): Matcher {
  const shortLength = options.shortLength ?? 4;
  const minCompound = options.minCompoundLength ?? 5;
  const extras = new Map<number, number>();
  const sk = termSkeletons(terms, extras);
  const { auto, groupEntry } = buildAutomaton({
    sym: sk.sym,
    offsets: sk.offsets,
    symbols: FIXED_SYMBOLS + extras.size,
  });
  const G = groupNeeds(sk, groupEntry, shortLength, minCompound);
  const groupTerm = Int32Array.from(groupEntry, (e) => sk.owners[e] as number);
  const groups = groupEntry.length;
  const span = { start: 0 };

  function match(text: string): TermMatch[] {
    if (groups === 0) return [];
    // Most texts contain no term: a lean pass says so before the full scan.
    if (!anyHit(text, auto, extras)) return [];
    const x = shared;
    scan(text, x, extras, false, auto);
    if (x.hitCount === 0) return [];
    const hits: TermMatch[] = [];
    for (let h = 0; h < x.hitCount; h += 2) {
      const g = x.hits[h] as number;
      const e = x.hits[h + 1] as number;
      const end = accept(x, text, G, g, e - (G.len[g] as number), e, span);
      if (end !== -1) hits.push({ start: span.start, end, term: groupTerm[g] as number });
    }
    if (hits.length < 2) return hits;
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: TermMatch[] = [];
    let reach = -1;
    for (const h of hits) {
      if (h.start >= reach) {
        kept.push(h);
        reach = h.end;
      }
    }
    return kept;
  }

  return { size: groups, match };
}
