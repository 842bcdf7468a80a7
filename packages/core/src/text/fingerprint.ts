/**
 * A cheap fingerprint of a word (length, first and last UTF-16 unit): a table of the
 * fingerprints of a word list answers "not in the list" for most words of a post with
 * two character reads, before any hashing or map look-up.
 */
export function fingerprint(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return ((n & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(n - 1) & 31);
}

/** Table of the fingerprints of `list`: 0 at a fingerprint means no word of `list` has it. */
export function fingerprints(list: Iterable<string>): Uint8Array {
  const table = new Uint8Array(1 << 15);
  for (const w of list) table[fingerprint(w)] = 1;
  return table;
}
