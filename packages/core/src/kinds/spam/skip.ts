import type { Word } from '../../text/words.js';
import { type Entities, LINK } from './entities.js';

/** Bits of a word's mark: inside a link, hashtag or mention; inside a link. */
export const IN_ENTITY = 1;
export const IN_LINK = 2;

/**
 * Marks, in `marks`, for each word whether it lies inside an entity (IN_ENTITY) and
 * whether that entity is a link (IN_LINK as well). Returns `marks`, or a longer array in
 * its place when it is too short.
 *
 * Words and entities come by start, and neither overlap: the words inside an entity are
 * those from the first that starts in it for as long as they end in it. A post has few
 * entities, each found by a binary search, so most words cost only their share of a fill.
 */
export function markWords(words: readonly Word[], e: Entities, marks: Uint8Array): Uint8Array {
  const n = words.length;
  const out = marks.length >= n ? marks : new Uint8Array(Math.max(n, 2 * marks.length));
  out.fill(0, 0, n);
  let from = 0;
  for (let k = 0; k < e.count; k++) {
    const start = e.start[k] as number;
    const end = e.end[k] as number;
    const mark = e.kind[k] === LINK ? IN_ENTITY | IN_LINK : IN_ENTITY;
    // the first word at or past the entity's start
    let lo = from;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] as Word).start < start) lo = mid + 1;
      else hi = mid;
    }
    let w = lo;
    for (; w < n && (words[w] as Word).end <= end; w++) out[w] = mark;
    from = w;
  }
  return out;
}
