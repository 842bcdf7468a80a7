/**
 * Multi-term matcher for guideline terms that resists evasions, compiled once.
 *
 * Text and terms go through the same single pass: folding (case, diacritics, zero-width
 * and bidi characters, look-alike letters; see normalize.ts) and a *skeleton*: the stream of
 * letters only, with separators (spaces, dots, hyphens, underscores) dropped but
 * remembered as word boundaries, leetspeak read as letters inside words that contain
 * letters (Z3u$ → zeus; digits in numbers stay flagged), l and i merged (1 ≈ l ≈ i), and
 * doubled letters collapsed (Zeeeus → zeus). A dense Aho–Corasick automaton steps along
 * in the same pass, so the cost is linear in the text and flat in the number of terms;
 * each raw hit is then checked against the word boundaries:
 * - short terms (≤ `shortLength` letters) match whole words only, with an inflection
 *   (Zeus', Zeus's, Zeussen, Zeusje) or a generic compound part (Zeusproject, projectZeus);
 * - longer terms also match inside compounds (Spoorbreinteam, klantportaalSpoorbrein)
 *   when the term's edge word has at least `minCompoundLength` letters;
 * - a term split where it has no word break (P r o j e c t, Spoor brein) must start and
 *   end on word boundaries; a short term must then be split between every letter.
 */
import affixes from '../../data/term-affixes.json' with { type: 'json' };
import { charLength, FOLD_BMP, FOLD_SPECIAL, foldAt } from './normalize.js';

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

/** The skeleton of a text: one entry per letter symbol, with its original span. */
type Stream = {
  sym: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
  /**
   * BEFORE when a word boundary (or the text edge) precedes the position, INSIDE when one
   * lies inside its collapsed run (een|nieuwe, S p o o r), SOFT after a leading @;
   * length + 1 entries.
   */
  bb: Uint8Array;
  /** DIGIT when the symbol comes from a digit, NUMBER when from a word without letters. */
  dig: Uint8Array;
  length: number;
  hasNum: boolean;
  /** Raw automaton hits: pairs (skeleton group, end position). */
  hits: Int32Array;
  hitCount: number;
};

/** A compiled automaton as `scan` steps it; `column` maps symbols to table columns. */
type Automaton = {
  delta: Int32Array;
  width: number;
  column: Int32Array;
  emit: Int32Array;
  out: Int32Array;
  dict: Int32Array;
};

const BEFORE = 1;
const INSIDE = 2;
/** After a leading @ read as a (@mstelland): a word may start here, but it is no split. */
const SOFT = 4;
const WORD_START = BEFORE | INSIDE | SOFT;
const FROM_DIGIT = 1;
const NUMBER = 2;
/** An automaton that never reports (used to build the skeletons of terms). */
const NO_AUTOMATON: Automaton = {
  delta: new Int32Array(1),
  width: 1,
  column: new Int32Array(1),
  emit: new Int32Array(1).fill(-1),
  out: new Int32Array(1).fill(-1),
  dict: new Int32Array(1).fill(-1),
};

/** Symbols: 0 = a letter no term uses, 1–26 = a–z, 27–36 = digits, 37+ = other term letters. */
const FIXED_SYMBOLS = 37;
const DIGIT_BASE = 27;
const SYM_A = 1;
const SYM_I = 9;
const SYM_S = 19;
/** Symbol of each ASCII unit (letters; l is read as i, like 1 and |). */
const ASCII_SYM = new Uint8Array(128);
/** Leetspeak digits read as letters: 0→o 1→i(≈l) 3→e 4→a 5→s 7→t 8→b; others stay digits. */
const DIGIT_SYM = [15, 9, 29, 5, 1, 19, 33, 20, 2, 36];

const SEP = 1;
const LETTER = 2;
const DIGIT = 3;
/** @ $ | : letters in leetspeak (Z3u$, B@kker), separators elsewhere. */
const MAYBE = 4;
/** Class of each folded UTF-16 unit; non-ASCII entries are filled on first sight. */
const CLASS = new Uint8Array(0x10000);
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
})();

function classify(c: number): number {
  const cl = (c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c)) ? LETTER : SEP;
  CLASS[c] = cl;
  return cl;
}

function classOf(c: number): number {
  const cl = CLASS[c] as number;
  return cl === 0 ? classify(c) : cl;
}

function newStream(size: number): Stream {
  return {
    sym: new Uint16Array(size),
    start: new Uint32Array(size),
    end: new Uint32Array(size),
    bb: new Uint8Array(size + 1),
    dig: new Uint8Array(size),
    length: 0,
    hasNum: false,
    hits: new Int32Array(64),
    hitCount: 0,
  };
}

/** Grows `st` to hold `size` symbols, keeping the first `keep`. */
function grow(st: Stream, size: number, keep: number): void {
  const next = newStream(size);
  next.sym.set(st.sym.subarray(0, keep));
  next.start.set(st.start.subarray(0, keep));
  next.end.set(st.end.subarray(0, keep));
  next.bb.set(st.bb.subarray(0, keep));
  next.dig.set(st.dig.subarray(0, keep));
  st.sym = next.sym;
  st.start = next.start;
  st.end = next.end;
  st.bb = next.bb;
  st.dig = next.dig;
}

/** The folded unit at `i` (after pending units `pend[pj…]`), skipping dropped ones; 32 at the end. */
function peek(input: string, i: number, pend: string, pj: number): number {
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
 * Folds `input`, writes its skeleton into `st` and steps `auto` along, all in one pass.
 * Letters outside a–z get a symbol from `extras` (0 when absent); with `register`, new
 * ones are added (terms).
 */
function scan(
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
      t = FOLD_BMP[input.charCodeAt(i)] as number;
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
    if (cl === 0) cl = classify(t);
    let s = 0;
    /** How a leet @ or $ stands: inside a word, alone (a spaced letter) or at a word start. */
    let alone = false;
    let solo = false;
    if (cl === MAYBE) {
      const next = classOf(peek(input, i, pend, pj));
      const before = prevClass === LETTER || prevClass === DIGIT;
      const after = next === LETTER || next === DIGIT || next === MAYBE;
      const letter =
        prevClass === LETTER || next === LETTER || hasLetter || letterAhead(input, i, pend, pj);
      if (t === 124) s = before && after && letter ? SYM_I : 0;
      else if (!before && !after) {
        // A lone @ or $ (T R 3 I N R A D @ R): a letter only among spaced letters (see accept).
        s = t === 64 ? SYM_A : SYM_S;
        alone = true;
      } else if (t === 36) s = letter ? SYM_S : 0;
      else if (before) s = after && letter && !domainAhead(input, i) ? SYM_A : 0;
      else if (letter) {
        // @ at a word start is a mention or a leet a: its own word (@Zeus, @mstelland).
        s = SYM_A;
        solo = true;
      }
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
    if (alone || solo) {
      if (inChunk) {
        if (hasDigit && !hasLetter) hasNum = markNumbers(dig, chunkK, k);
        inChunk = false;
      }
      boundary = true;
    }
    if (k > 0 && s !== 0 && s < DIGIT_BASE && sym[k - 1] === s) {
      // A doubled letter (Zeeus), also across words (S p o o r, Groeiplan Noord).
      end[k - 1] = e0;
      if (boundary) bb[k - 1] = (bb[k - 1] as number) | INSIDE;
      boundary = false;
      continue;
    }
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
    } else if (solo) {
      inChunk = false;
      soft = true;
      prevClass = SEP;
    }
    state = delta[state * width + (s < columns ? (column[s] as number) : 0)] as number;
    const o = emit[state] as number;
    if (o !== -1) addHits(st, auto, o, k);
  }
  if (inChunk && hasDigit && !hasLetter) hasNum = markNumbers(dig, chunkK, k);
  bb[k] = BEFORE;
  st.length = k;
  st.hasNum = hasNum;
}

/** Records the skeleton groups that end at position `e` (state `o` and its output links). */
function addHits(st: Stream, auto: Automaton, first: number, e: number): void {
  for (let o = first; o !== -1; o = auto.dict[o] as number) {
    if (st.hitCount + 2 > st.hits.length) {
      const more = new Int32Array(st.hits.length * 2);
      more.set(st.hits);
      st.hits = more;
    }
    st.hits[st.hitCount++] = auto.out[o] as number;
    st.hits[st.hitCount++] = e;
  }
}

/** Start of the last character that ends at `end` (a surrogate pair counts as one). */
function lastCharStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xdc00 && c <= 0xdfff && end >= 2 ? end - 2 : end - 1;
}

/** Digits of a word without letters are a number, not leetspeak: flag them. */
function markNumbers(dig: Uint8Array, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (dig[q] === FROM_DIGIT) dig[q] = NUMBER;
  return true;
}

const shared = newStream(1024);

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

function equalAt(sym: Uint16Array, at: number, word: Affix, from: number): boolean {
  for (let i = from; i < word.length; i++) if (sym[at + i - from] !== word[i]) return false;
  return true;
}

/** End of the word that continues at `p`: the next boundary, or after a run that holds one. */
function wordEndFrom(st: Stream, p: number): number {
  for (let q = p; q < st.length; q++) {
    const b = st.bb[q] as number;
    if (b & BEFORE) return q;
    if (b & INSIDE) return q + 1;
  }
  return st.length;
}

/** Does a word start at position `q` (a boundary before it or inside its run)? */
function isWordStart(bb: Uint8Array, q: number): boolean {
  return ((bb[q] as number) & WORD_START) !== 0;
}

/** Does a word end with position `q`? */
function isWordEnd(bb: Uint8Array, q: number): boolean {
  return ((bb[q + 1] as number) & BEFORE) !== 0 || ((bb[q] as number) & INSIDE) !== 0;
}

function prevBoundary(st: Stream, p: number): number {
  let q = p;
  while (q > 0 && ((st.bb[q] as number) & WORD_START) === 0) q--;
  return q;
}

/** Is [from, to) exactly one inflection suffix? */
function isSuffix(st: Stream, from: number, to: number): boolean {
  const len = to - from;
  for (const s of SUFFIXES) if (s.length === len && equalAt(st.sym, from, s, 0)) return true;
  return false;
}

/** Linking sounds of Dutch compounds (stationsvisie, Zeusenteam). */
const LINKS = affixSkeletons(['s', 'en', 'e']);

/**
 * Does a compound head start at `from` (before `to`), maybe after a linking sound?
 * `last` is the term's final symbol.
 */
function headStarts(st: Stream, from: number, to: number, last: number): boolean {
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
function headEnds(st: Stream, from: number, at: number, first: number): boolean {
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

/**
 * Compile terms into a matcher. Terms whose skeleton has fewer than two letters are
 * ignored; terms with the same skeleton share one entry (the first term's index).
 */
export function compileTerms(terms: readonly string[], options: MatcherOptions = {}): Matcher {
  const shortLength = options.shortLength ?? 4;
  const minCompound = options.minCompoundLength ?? 5;
  const extras = new Map<number, number>();

  // 1. Skeletons of all terms, flat: symbols, word breaks and digit flags.
  const st = newStream(256);
  let total = 0;
  let flatSym = new Uint16Array(4096);
  let flatBreak = new Uint8Array(4096);
  let flatDig = new Uint8Array(4096);
  const offsets: number[] = [];
  const owners: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    scan(terms[t] ?? '', st, extras, true, NO_AUTOMATON);
    const len = st.length;
    if (len < 2) continue;
    if (total + len + 1 > flatSym.length) {
      const size = (total + len + 1) * 2;
      const sym = new Uint16Array(size);
      const brk = new Uint8Array(size);
      const dig = new Uint8Array(size);
      sym.set(flatSym);
      brk.set(flatBreak);
      dig.set(flatDig);
      flatSym = sym;
      flatBreak = brk;
      flatDig = dig;
    }
    flatSym.set(st.sym.subarray(0, len), total);
    flatBreak.set(st.bb.subarray(0, len), total);
    flatDig.set(st.dig.subarray(0, len), total);
    offsets.push(total);
    owners.push(t);
    total += len;
  }
  offsets.push(total);

  // 2. Alphabet: only symbols some term uses get a column; column 0 sends back to the root.
  const symbols = FIXED_SYMBOLS + extras.size;
  const column = new Int32Array(symbols + 1);
  let A = 1;
  for (let i = 0; i < total; i++) {
    const sy = flatSym[i] as number;
    if (column[sy] === 0) column[sy] = A++;
  }

  // 3. Trie (dense transitions), one output per distinct skeleton.
  const cap = total + 1;
  const delta = new Int32Array(cap * A);
  const out = new Int32Array(cap).fill(-1);
  let count = 1;
  const groupTerm: number[] = [];
  const groupOffset: number[] = [];
  const groupLen: number[] = [];
  for (let e = 0; e < owners.length; e++) {
    const from = offsets[e] as number;
    const to = offsets[e + 1] as number;
    let node = 0;
    for (let i = from; i < to; i++) {
      const idx = node * A + (column[flatSym[i] as number] as number);
      let next = delta[idx] as number;
      if (next === 0) {
        next = count++;
        delta[idx] = next;
      }
      node = next;
    }
    if (out[node] !== -1) continue;
    out[node] = groupTerm.length;
    groupTerm.push(owners[e] as number);
    groupOffset.push(from);
    groupLen.push(to - from);
  }

  // 4. Failure links, folded into the transition table (a DFA), and output links.
  const fail = new Int32Array(count);
  const dict = new Int32Array(count).fill(-1);
  const emit = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let a = 1; a < A; a++) {
    const child = delta[a] as number;
    if (child !== 0) queue[tail++] = child;
  }
  while (head < tail) {
    const s = queue[head++] as number;
    const f = fail[s] as number;
    dict[s] = out[f] !== -1 ? f : (dict[f] as number);
    emit[s] = out[s] !== -1 ? s : (dict[s] as number);
    const base = s * A;
    const fbase = f * A;
    for (let a = 1; a < A; a++) {
      const child = delta[base + a] as number;
      if (child !== 0) {
        fail[child] = delta[fbase + a] as number;
        queue[tail++] = child;
      } else delta[base + a] = delta[fbase + a] as number;
    }
  }

  // 5. What each skeleton needs from its surroundings.
  const groups = groupTerm.length;
  const gLen = Int32Array.from(groupLen);
  const gOffset = Int32Array.from(groupOffset);
  const gShort = new Uint8Array(groups);
  const gFirstLong = new Uint8Array(groups);
  const gLastLong = new Uint8Array(groups);
  for (let g = 0; g < groups; g++) {
    const from = gOffset[g] as number;
    const len = gLen[g] as number;
    // Word breaks are BEFORE a position or INSIDE a run shared by two words (Groeiplan Noord).
    let first = len;
    for (let q = 0; q < len; q++) {
      const b = flatBreak[from + q] as number;
      if (q > 0 && b & BEFORE) first = Math.min(first, q);
      if (b & INSIDE) first = Math.min(first, q + 1);
    }
    let lastStart = 0;
    for (let q = 0; q < len; q++) {
      const b = flatBreak[from + q] as number;
      if ((q > 0 && b & BEFORE) || b & INSIDE) lastStart = q;
    }
    gShort[g] = len <= shortLength ? 1 : 0;
    gFirstLong[g] = len > shortLength && first >= minCompound ? 1 : 0;
    gLastLong[g] = len > shortLength && len - lastStart >= minCompound ? 1 : 0;
  }

  /** Start offset of the last accepted hit (set by `accept`). */
  let acceptedStart = 0;

  /**
   * Checks a raw hit of group `g` on skeleton positions [s, e) against the word
   * boundaries; returns its original end offset (start in `acceptedStart`) or -1.
   */
  function accept(x: Stream, text: string, g: number, s: number, e: number): number {
    const { bb, dig, sym } = x;
    const off = (gOffset[g] as number) - s;
    if (x.hasNum) {
      for (let q = s; q < e; q++) {
        if (dig[q] !== NUMBER || flatDig[off + q] !== 0) continue;
        // A lone leet digit among s p a c e d letters (P R 0 j 3 c T) is still a letter.
        const lone =
          (sym[q] as number) < DIGIT_BASE &&
          isWordStart(bb, q) &&
          isWordEnd(bb, q) &&
          (q === s || isWordStart(bb, q - 1)) &&
          (q === e - 1 || isWordEnd(bb, q + 1));
        if (!lone) return -1;
      }
    }
    let odd = false;
    let joined = false;
    for (let q = s; q < e; q++) {
      const b = bb[q] as number;
      const tb = flatBreak[off + q] as number;
      if (q > s) {
        if (b & BEFORE) {
          if ((tb & (BEFORE | INSIDE)) === 0) odd = true;
        } else joined = true;
      }
      if (b & INSIDE && q > s && q < e - 1 && (tb & (BEFORE | INSIDE)) === 0) odd = true;
    }
    const first = bb[s] as number;
    const startBoundary = (first & WORD_START) !== 0;
    acceptedStart =
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
      if (gShort[g] === 1 && joined) return -1;
      if (!startBoundary) return -1;
      if (endBoundary) return x.end[e - 1] as number;
      if (endInside) return endOfFirst;
      return wordEnd === -1 ? -1 : (x.end[wordEnd - 1] as number);
    }
    if (
      !startBoundary &&
      gFirstLong[g] === 0 &&
      !headEnds(x, prevBoundary(x, s), s, x.sym[s] as number)
    )
      return -1;
    if (endBoundary) return x.end[e - 1] as number;
    if (endInside) return endOfFirst;
    if (wordEnd !== -1) return x.end[wordEnd - 1] as number;
    // Inside a compound: end after the first letter of a collapsed run (Spoorbrein|netwerk).
    if (gLastLong[g] === 1 || headStarts(x, e, wordEndFrom(x, e), x.sym[e - 1] as number))
      return endOfFirst;
    return -1;
  }

  const auto: Automaton = { delta, width: A, column, emit, out, dict };

  function match(text: string): TermMatch[] {
    if (groups === 0) return [];
    if (shared.sym.length < text.length + 2) grow(shared, text.length * 2 + 16, 0);
    const x = shared;
    scan(text, x, extras, false, auto);
    const hits: TermMatch[] = [];
    for (let h = 0; h < x.hitCount; h += 2) {
      const g = x.hits[h] as number;
      const e = x.hits[h + 1] as number;
      const s = e - (gLen[g] as number);
      const end = accept(x, text, g, s, e);
      if (end !== -1) hits.push({ start: acceptedStart, end, term: groupTerm[g] as number });
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
