import { words as tokenize, type Word } from '../../text/words.js';
import { entityArrays, findEntities } from './entities.js';
import { jaccard, shingles } from './shingles.js';
import { markWords } from './skip.js';

export type DuplicateLimits = { duplicateSimilarity: number; shingleSize: number };

/** How many recent posts' shingle sets a compiled check keeps (live checks repeat them). */
const CACHE_SIZE = 256;

/**
 * Finds the recent post most like this one. Shingle sets of recent posts are cached
 * per compiled check, so a live check while typing hashes them once.
 */
export function duplicateFinder(limits: DuplicateLimits) {
  const cache = new Map<string, Set<number>>();
  // Its own arrays: the post's entities and marks are still in use while recent posts are read.
  const recentEntities = entityArrays();
  let recentMarks: Uint8Array = new Uint8Array(64);
  const setOf = (text: string): Set<number> => {
    let set = cache.get(text);
    if (!set) {
      const ws = tokenize(text);
      findEntities(text, recentEntities);
      recentMarks = markWords(ws, recentEntities, recentMarks);
      set = shingles(ws, recentMarks, limits.shingleSize);
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(text, set);
    }
    return set;
  };
  /** Highest similarity (0–1) of the post to one of `recent`, when at or above the limit. */
  return (
    words: readonly Word[],
    marks: Uint8Array,
    recent: readonly string[],
  ): number | undefined => {
    const own = shingles(words, marks, limits.shingleSize);
    let best = 0;
    for (const other of recent) {
      const s = jaccard(own, setOf(other));
      if (s > best) best = s;
    }
    return best >= limits.duplicateSimilarity ? best : undefined;
  };
}
