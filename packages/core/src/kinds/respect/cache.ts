import type { Phrase } from './lexicon.js';

/**
 * A folded word with what it means: the phrases it starts and its number among the
 * lexicon's phrase words (-1 when in none).
 */
export type Word = { w: string; mask: number; phrases: Phrase[] | undefined; id: number };

/** A piece of a run-together word: offsets into the word. */
export type PieceInfo = Word & { start: number; end: number };

/** What one folded word means, with its pieces when it is a run-together word. */
export type WordInfo = Word & { typo: boolean; pieces: PieceInfo[] | undefined };

/**
 * Words already read (words repeat across posts), found by a hash of their folded
 * character codes so that a known word needs no string built. `table` holds one number
 * per slot: the top 16 bits of the hash above entry number + 1 (0: empty; LIMIT is below
 * 2^16), so that the table, read at random once per word, is small and dense. Entry e
 * has `RECORD` numbers from `records[RECORD * e]`, all that the reader needs of a known
 * word in one cache line: four heads, its mask, its flags, its hash (to grow the table).
 * The heads hold its first `SHORT` codes, two to a number and padded with 0 (never a
 * folded code), so that a word of up to `SHORT` codes is compared in four steps, without
 * a loop whose end depends on its length. A longer word has heads of 0 and its codes in
 * `keys[keyStart[e]..keyStart[e + 1])`. Open addressing over `slots` (a power of two,
 * grown to keep the table at most half full, so that it stays small for a small
 * vocabulary); cleared when full.
 */
export type WordCache = {
  slots: number;
  table: Int32Array;
  entries: WordInfo[];
  keys: Uint16Array;
  keyStart: Int32Array;
  records: Int32Array;
  size: number;
};

/** Numbers per entry record, and where its mask, flags and hash are in it. */
export const RECORD = 8;
export const MASK = 4;
export const FLAGS = 5;
const HASH = 6;

/** Entry flags: read as a typo, split into pieces, starts a phrase. */
export const TYPO = 1;
export const PIECES = 2;
export const PHRASES = 4;

const LIMIT = 50_000;
const FIRST_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 17;
const FIRST_KEYS = 1 << 15;
const MAX_KEYS = 8 * LIMIT;

export function wordCache(): WordCache {
  return {
    slots: FIRST_SLOTS,
    table: new Int32Array(FIRST_SLOTS),
    entries: [],
    keys: new Uint16Array(FIRST_KEYS),
    keyStart: new Int32Array(LIMIT + 1),
    records: new Int32Array(RECORD * LIMIT),
    size: 0,
  };
}

/** Start value and step of the hash over folded codes (FNV-1a). */
export const HASH_SEED = -2128831035;
export const HASH_PRIME = 16777619;

/** First slot of a hash among `slots`: its bits mixed, so that similar words spread. */
function slotOf(hash: number, slots: number): number {
  return (hash ^ (hash >>> 17) ^ (hash >>> 7)) & (slots - 1);
}

/** Codes compared by the heads alone. */
const SHORT = 8;

/** Per length up to SHORT, which bits of each head number hold a code of the word. */
const HEAD_MASKS = new Int32Array(4 * (SHORT + 1));
for (let length = 0; length <= SHORT; length++)
  for (let j = 0; j < 4; j++) {
    const inside = Math.min(2, Math.max(0, length - 2 * j));
    HEAD_MASKS[4 * length + j] = inside === 2 ? -1 : inside === 1 ? 0xffff : 0;
  }

/** Head number j of the word in `codes[0..length)`, length at most SHORT. */
function head(codes: Uint16Array, length: number, j: number): number {
  return (
    ((codes[2 * j] as number) | ((codes[2 * j + 1] as number) << 16)) &
    (HEAD_MASKS[4 * length + j] as number)
  );
}

/**
 * Entry number of the word folded into `codes[0..length)` with `hash`, or -1. Run for
 * every word of every post: SHORT and RECORD are written as 8 here, and the heads read
 * in place, since the module's constants and functions are module variables to the
 * compiler, loaded and checked again on each use.
 */
export function cached(cache: WordCache, codes: Uint16Array, length: number, hash: number): number {
  if (length > 8) return cachedLong(cache, codes, length, hash);
  const { table, slots } = cache;
  // the codes buffer is longer than SHORT: codes past the word are masked out
  const masks = HEAD_MASKS;
  const m = 4 * length;
  const h0 = ((codes[0] as number) | ((codes[1] as number) << 16)) & (masks[m] as number);
  const h1 = ((codes[2] as number) | ((codes[3] as number) << 16)) & (masks[m + 1] as number);
  const h2 = ((codes[4] as number) | ((codes[5] as number) << 16)) & (masks[m + 2] as number);
  const h3 = ((codes[6] as number) | ((codes[7] as number) << 16)) & (masks[m + 3] as number);
  const records = cache.records;
  for (let s = slotOf(hash, slots); ; s = (s + 1) & (slots - 1)) {
    const slot = table[s] as number;
    if (slot === 0) return -1;
    if ((slot ^ hash) >>> 16 !== 0) continue;
    const e = (slot & 0xffff) - 1;
    // padded with 0 (never a folded code), the heads of two words of up to SHORT codes
    // are equal only when the words are
    const b = 8 * e;
    const diff =
      ((records[b] as number) ^ h0) |
      ((records[b + 1] as number) ^ h1) |
      ((records[b + 2] as number) ^ h2) |
      ((records[b + 3] as number) ^ h3);
    if (diff === 0) return e;
  }
}

/** `cached` for a word of more than SHORT codes. */
function cachedLong(cache: WordCache, codes: Uint16Array, length: number, hash: number): number {
  const { table, keys, keyStart, slots } = cache;
  for (let s = slotOf(hash, slots); ; s = (s + 1) & (slots - 1)) {
    const slot = table[s] as number;
    if (slot === 0) return -1;
    if ((slot ^ hash) >>> 16 !== 0) continue;
    const e = (slot & 0xffff) - 1;
    const from = keyStart[e] as number;
    if ((keyStart[e + 1] as number) - from !== length) continue;
    let k = 0;
    while (k < length && keys[from + k] === codes[k]) k++;
    if (k === length) return e;
  }
}

function clear(cache: WordCache): void {
  cache.table.fill(0);
  cache.entries.length = 0;
  cache.size = 0;
}

/** Remember what the word folded into `codes[0..length)` with `hash` means. */
export function remember(
  cache: WordCache,
  codes: Uint16Array,
  length: number,
  hash: number,
  info: WordInfo,
): void {
  if (cache.size >= LIMIT) clear(cache);
  const e = cache.size;
  const from = cache.keyStart[e] as number;
  if (from + (length > SHORT ? length : 0) > cache.keys.length) {
    if (cache.keys.length < MAX_KEYS) {
      const keys = new Uint16Array(Math.min(MAX_KEYS, 2 * cache.keys.length));
      keys.set(cache.keys);
      cache.keys = keys;
    } else if (length > 256)
      return; // a very long word is not worth a place
    else clear(cache);
    remember(cache, codes, length, hash, info);
    return;
  }
  // only a word longer than SHORT needs its codes kept beyond its heads
  const kept = length > SHORT ? length : 0;
  cache.keys.set(codes.subarray(0, kept), from);
  cache.keyStart[e + 1] = from + kept;
  // a longer word is found by `cachedLong`: heads of 0 match no word of one code or more
  const records = cache.records;
  const b = RECORD * e;
  for (let j = 0; j < 4; j++) records[b + j] = length > SHORT ? 0 : head(codes, length, j);
  cache.entries[e] = info;
  records[b + MASK] = info.mask;
  records[b + FLAGS] =
    (info.typo ? TYPO : 0) |
    (info.pieces !== undefined ? PIECES : 0) |
    (info.phrases !== undefined ? PHRASES : 0);
  records[b + HASH] = hash;
  place(cache.table, cache.slots, hash, e);
  cache.size = e + 1;
  if (2 * cache.size > cache.slots && cache.slots < MAX_SLOTS) grow(cache);
}

function place(table: Int32Array, slots: number, hash: number, e: number): void {
  let s = slotOf(hash, slots);
  while (table[s] !== 0) s = (s + 1) & (slots - 1);
  table[s] = (hash & ~0xffff) | (e + 1);
}

/** Double the slots and place every entry again. */
function grow(cache: WordCache): void {
  const old = cache.table;
  const slots = 2 * cache.slots;
  const table = new Int32Array(slots);
  for (let s = 0; s < cache.slots; s++) {
    const slot = old[s] as number;
    if (slot === 0) continue;
    const e = (slot & 0xffff) - 1;
    place(table, slots, cache.records[RECORD * e + HASH] as number, e);
  }
  cache.table = table;
  cache.slots = slots;
}

/** Hash of a string's codes, the same as the reader computes while folding. */
export function hashOf(w: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), HASH_PRIME);
  return h;
}
