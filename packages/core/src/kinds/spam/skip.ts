import type { Word } from '../../text/words.js';
import type { Span } from './entities.js';

/** No word is inside a span (read-only; indexes past the end are undefined, i.e. false). */
export const NONE: readonly boolean[] = [];

/**
 * Marks, for each word, whether it lies inside a link, hashtag or mention.
 * `spans` must be sorted by start; one merge pass.
 */
export function insideSpans(words: readonly Word[], spans: readonly Span[]): readonly boolean[] {
  if (spans.length === 0) return NONE;
  const out = new Array<boolean>(words.length);
  let s = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    while (s < spans.length && (spans[s] as Span).end <= word.start) s++;
    const span = spans[s];
    out[w] = span !== undefined && span.start <= word.start && word.end <= span.end;
  }
  return out;
}
