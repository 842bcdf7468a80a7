import weighting from '../../../data/limits/x-weighting.json' with { type: 'json' };
import { eachGrapheme } from '../../text/graphemes.js';
import type { Entity } from './entities.js';

export type Counting = 'graphemes' | 'x' | 'utf16';

/** Characters a link counts for on X (`transformedURLLength`). */
export const X_LINK_LENGTH = weighting.transformedURLLength;

const SCALE = weighting.scale;
const RANGES = weighting.ranges;
const DEFAULT_WEIGHT = weighting.defaultWeight;
const EMOJI_WEIGHT = weighting.emojiWeight;
/** The first range (Latin and most alphabets) as a fast path. */
const FIRST = RANGES[0] ?? { start: 0, end: -1, weight: DEFAULT_WEIGHT };
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3|\uFE0F/u;

/** X's weight (in hundredths) of one code point. */
function codePointWeight(cp: number): number {
  for (const r of RANGES) if (cp >= r.start && cp <= r.end) return r.weight;
  return DEFAULT_WEIGHT;
}

/**
 * X's weight (in hundredths) of one grapheme: an emoji sequence counts once as an emoji,
 * anything else is the sum of its code points after NFC normalisation, as twitter-text does.
 */
function xWeight(text: string, start: number, end: number): number {
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    return c >= FIRST.start && c <= FIRST.end ? FIRST.weight : codePointWeight(c);
  }
  const first = text.charCodeAt(start);
  if (end - start === 2 && first >= 0xd800 && first <= 0xdbff) return EMOJI_WEIGHT; // one astral code point
  const g = text.slice(start, end);
  if (EMOJI.test(g)) return EMOJI_WEIGHT;
  let w = 0;
  for (const ch of g.normalize('NFC')) w += codePointWeight(ch.codePointAt(0) ?? 0);
  return w;
}

export type Measure = {
  /** Length as the network counts it. */
  count: number;
  /** Offset of the grapheme (or link) that first goes over `max`; -1 when within. */
  overAt: number;
};

/**
 * Length of `text` as the network counts it, with every link in `links` (sorted, not
 * overlapping) counting `linkLength` characters when that is given.
 */
export function measure(
  text: string,
  counting: Counting,
  links: readonly Entity[],
  linkLength: number | undefined,
  max: number,
): Measure {
  const scale = counting === 'x' ? SCALE : 1;
  const limit = max * scale;
  let total = 0;
  let overAt = -1;
  const visit =
    counting === 'x'
      ? (start: number, end: number): undefined => {
          total += xWeight(text, start, end);
          if (overAt < 0 && total > limit) overAt = start;
        }
      : counting === 'utf16'
        ? (start: number, end: number): undefined => {
            total += end - start;
            if (overAt < 0 && total > limit) overAt = start;
          }
        : (start: number): undefined => {
            total++;
            if (overAt < 0 && total > limit) overAt = start;
          };
  let pos = 0;
  if (linkLength !== undefined) {
    for (const link of links) {
      eachGrapheme(text, visit, pos, link.start);
      total += linkLength * scale;
      if (overAt < 0 && total > limit) overAt = link.start;
      pos = link.end;
    }
  }
  eachGrapheme(text, visit, pos, text.length);
  return { count: Math.ceil(total / scale), overAt };
}
