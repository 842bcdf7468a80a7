/**
 * A cheap fingerprint of a word (length, first and last UTF-16 unit): a table of the
 * fingerprints of a word list answers "not in the list" for most words of a post with
 * two character reads, before any hashing or map look-up.
 */
export function fingerprint(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return printOf(n, w.charCodeAt(0), w.charCodeAt(n - 1));
}

/**
 * The fingerprint of a word of `length` units that starts with unit `first` and ends with
 * `last`: for callers that read these off the post rather than off the word's own string.
 */
export function printOf(length: number, first: number, last: number): number {
  return ((length & 31) << 10) | ((first & 31) << 5) | (last & 31);
}

/** Table of the fingerprints of `list`: 0 at a fingerprint means no word of `list` has it. */
export function fingerprints(list: Iterable<string>): Uint8Array {
  const table = new Uint8Array(1 << 15);
  for (const w of list) table[fingerprint(w)] = 1;
  return table;
}

/**
 * A read-only map from words to values that looks a word up by its fingerprint: words
 * of a post are fresh strings, and a `Map` would hash each one; here most words cost
 * two character reads and a table read, and the rest a comparison with the few words
 * that share their fingerprint.
 */
export type WordTable<T> = { get(word: string): T | undefined };

export function wordTable<T>(entries: ReadonlyMap<string, T>): WordTable<T> {
  if (entries.size >= 0xffff) return entries;
  // A small table (about 1 in 8 slots used) stays in the processor's cache.
  let bits = 8;
  while (bits < 15 && 1 << bits < 8 * entries.size) bits++;
  const shift = 32 - bits;
  /** Per slot: 1 + the last entry in it (0: none); `next` chains the others. */
  const head = new Uint16Array(1 << bits);
  const keys: string[] = [];
  const values: T[] = [];
  const next: number[] = [];
  for (const [key, value] of entries) {
    const slot = Math.imul(fingerprint(key), 0x9e3779b1) >>> shift;
    keys.push(key);
    values.push(value);
    next.push(head[slot] as number);
    head[slot] = keys.length;
  }
  return {
    get(word) {
      const slot = Math.imul(fingerprint(word), 0x9e3779b1) >>> shift;
      for (let e = head[slot] as number; e !== 0; e = next[e - 1] as number) {
        if (keys[e - 1] === word) return values[e - 1];
      }
      return undefined;
    },
  };
}
