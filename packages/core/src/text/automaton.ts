/**
 * The Aho–Corasick automaton over term skeletons: a trie with failure links folded into a
 * dense transition table (a DFA), so scanning costs one table look-up per symbol whatever
 * the number of terms. Only symbols some term uses get a column; column 0 (any other
 * symbol) sends back to the root.
 */
import { FIXED_SYMBOLS } from './symbols.js';

/**
 * A compiled automaton as the scanner steps it. States are premultiplied by `width` (a
 * state's row starts at its value); `delta` holds the bitwise NOT (~) of the next state
 * when that state reports, so one sign test per step finds the hits.
 */
export type Automaton = {
  delta: Int32Array;
  width: number;
  /** Column of each symbol (symbols past its end use column 0). */
  column: Int32Array;
  /** Per state (not premultiplied): the first reporting state of its output chain, or -1. */
  emit: Int32Array;
  /** Per state: the skeleton group it completes, or -1. */
  out: Int32Array;
  /** Per state: the next reporting state along the failure links, or -1. */
  dict: Int32Array;
};

/** An automaton that never reports (used to build the skeletons of terms). */
export const NO_AUTOMATON: Automaton = {
  delta: new Int32Array(1),
  width: 1,
  column: new Int32Array(FIXED_SYMBOLS + 1),
  emit: new Int32Array(1).fill(-1),
  out: new Int32Array(1).fill(-1),
  dict: new Int32Array(1).fill(-1),
};

/** Term skeletons, flat: entry `e` is `sym[offsets[e] … offsets[e + 1])`. */
export type FlatSkeletons = { sym: Uint16Array; offsets: readonly number[]; symbols: number };

/** The automaton and, per group (distinct skeleton), its first entry's index. */
export type Built = { auto: Automaton; groupEntry: number[] };

/** Builds the automaton; entries with the same skeleton share one group (the first entry). */
export function buildAutomaton(flat: FlatSkeletons): Built {
  const { sym, offsets } = flat;
  const total = offsets[offsets.length - 1] as number;
  const column = new Int32Array(flat.symbols + 1);
  let A = 1;
  for (let i = 0; i < total; i++) {
    const sy = sym[i] as number;
    if (column[sy] === 0) column[sy] = A++;
  }

  // Trie (dense transitions, unpremultiplied), one output per distinct skeleton.
  const cap = total + 1;
  const delta = new Int32Array(cap * A);
  const out = new Int32Array(cap).fill(-1);
  let count = 1;
  const groupEntry: number[] = [];
  for (let e = 0; e + 1 < offsets.length; e++) {
    const to = offsets[e + 1] as number;
    let node = 0;
    for (let i = offsets[e] as number; i < to; i++) {
      const idx = node * A + (column[sym[i] as number] as number);
      let next = delta[idx] as number;
      if (next === 0) {
        next = count++;
        delta[idx] = next;
      }
      node = next;
    }
    if (out[node] !== -1) continue;
    out[node] = groupEntry.length;
    groupEntry.push(e);
  }

  // Failure links, folded into the table breadth first, and output links.
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

  // Premultiply, and mark the transitions into reporting states.
  const size = count * A;
  const table = delta.length === size ? delta : delta.subarray(0, size);
  for (let i = 0; i < size; i++) {
    const next = table[i] as number;
    table[i] = emit[next] !== -1 ? ~(next * A) : next * A;
  }
  return { auto: { delta: table, width: A, column, emit, out, dict }, groupEntry };
}
