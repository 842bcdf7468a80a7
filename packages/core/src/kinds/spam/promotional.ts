import type { Word } from '../../text/words.js';
import type { CueIndex, Hit } from './cues.js';
import type { Entities } from './entities.js';
import type { SignalMatcher } from './signals.js';

export type Promotional = { score: number; cue: Hit };

/**
 * Weighted score of commercial/scam cues: each distinct cue phrase or signal adds its
 * weight once. Returns the score and the strongest (then earliest) hit.
 */
export function scorePromotional(
  text: string,
  words: readonly Word[],
  marks: Uint8Array,
  prints: Int32Array,
  entities: Entities,
  cues: CueIndex,
  signals: SignalMatcher,
): Promotional | undefined {
  const hits: Hit[] = [];
  cues.match(words, marks, prints, hits);
  signals.match(text, words, marks, entities, hits);
  if (hits.length === 0) return undefined;
  let score = 0;
  let best = hits[0] as Hit;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    if (h.weight > best.weight || (h.weight === best.weight && h.start < best.start)) best = h;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = (hits[j] as Hit).id === h.id;
    if (!seen) score += h.weight;
  }
  return { score, cue: best };
}
