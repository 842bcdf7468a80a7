import type { Word } from '../../text/words.js';
import { IN_LINK } from './skip.js';

/** FNV-1a hash of a string (32 bits). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashed word shingles (k consecutive lower-cased words) of a text; words inside links
 * (`marks`, skip.ts) are left out. Fewer than k words give one shingle.
 */
export function shingles(words: readonly Word[], marks: Uint8Array, k: number): Set<number> {
  const hashes: number[] = [];
  for (let w = 0; w < words.length; w++) {
    if (((marks[w] as number) & IN_LINK) === 0) hashes.push(hashString((words[w] as Word).lower));
  }
  const out = new Set<number>();
  const size = Math.min(k, hashes.length);
  if (size === 0) return out;
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = 0x9e3779b1;
    for (let j = i; j < i + size; j++) h = Math.imul(h ^ (hashes[j] as number), 0x85ebca6b) >>> 0;
    out.add(h);
  }
  return out;
}

/** Jaccard similarity of two shingle sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const h of small) if (large.has(h)) common++;
  return common / (a.size + b.size - common);
}
