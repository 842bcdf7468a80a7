/**
 * The stream a skeleton is written into (see skeleton.ts): one entry per letter symbol
 * with its original span, word-boundary and digit flags, and the raw automaton hits.
 */
import type { Automaton } from './automaton.js';

/** The skeleton of a text: one entry per letter symbol, with its original span. */
export type Stream = {
  sym: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
  /**
   * BEFORE when a word boundary (or the text edge) precedes the position, INSIDE when one
   * lies inside its collapsed run (een|nieuwe, S p o o r), SOFT after a leading @;
   * length + 1 entries.
   */
  bb: Uint8Array;
  /** FROM_DIGIT when the symbol comes from a digit, NUMBER when from a word without letters. */
  dig: Uint8Array;
  length: number;
  hasNum: boolean;
  /** Raw automaton hits: pairs (skeleton group, end position). */
  hits: Int32Array;
  hitCount: number;
};

export const BEFORE = 1;
export const INSIDE = 2;
/** After a leading @ read as a (@mstelland): a word may start here, but it is no split. */
export const SOFT = 4;
export const WORD_START = BEFORE | INSIDE | SOFT;
export const FROM_DIGIT = 1;
export const NUMBER = 2;

export function newStream(size: number): Stream {
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
export function grow(st: Stream, size: number, keep: number): void {
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

/** Digits of a word without letters are a number, not leetspeak: flag them. */
export function markNumbers(dig: Uint8Array, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (dig[q] === FROM_DIGIT) dig[q] = NUMBER;
  return true;
}

/** Records the skeleton groups that end at position `e` (state `first` and its output links). */
export function addHits(st: Stream, auto: Automaton, first: number, e: number): void {
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
