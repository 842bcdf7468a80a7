import type { Word } from '../../text/words.js';
import type { Span } from './entities.js';

export type RepetitionLimits = {
  maxCharRun: number;
  maxEmojiRun: number;
  maxWordRun: number;
  maxPhraseRun: number;
};

export type Repetition = Span & { unit: string; count: number };

/** Emoji modifiers and joiners that do not break a run of the same emoji. */
function isModifier(cp: number): boolean {
  return cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

function isEmoji(cp: number): boolean {
  return cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff);
}

/** Characters that people repeat as separators or in numbers: never a repetition finding. */
function isExempt(cp: number): boolean {
  // space-like, digits, . - _ = * ~ and the box-drawing block
  return (
    cp <= 32 ||
    (cp >= 48 && cp <= 57) ||
    cp === 46 ||
    cp === 45 ||
    cp === 95 ||
    cp === 61 ||
    cp === 42 ||
    cp === 126 ||
    cp === 160 ||
    (cp >= 0x2500 && cp <= 0x257f)
  );
}

/** The run of `cp` starting at `start` that ends at or after `from`, to its end. */
function extendRun(text: string, cp: number, start: number, from: number, count: number) {
  let end = from;
  let n = count;
  while (end < text.length) {
    const next = text.codePointAt(end) as number;
    if (next !== cp && !isModifier(next)) break;
    if (next === cp) n++;
    end += next > 0xffff ? 2 : 1;
  }
  return { start, end, unit: String.fromCodePoint(cp), count: n };
}

/** Surrogates (astral emoji, skin tones) and the joiners: they stand inside runs of emoji. */
function isJoining(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || c === 0x200d;
}

/**
 * May the unit at `q` stand in a run after its first unit? Inside a run each unit is the
 * same as the one before (a character repeated), or a surrogate or joiner stands on one
 * side (an astral emoji, a modifier, or a character right after a modifier).
 */
function mayContinueRun(text: string, q: number): boolean {
  const a = text.charCodeAt(q - 1);
  const b = text.charCodeAt(q);
  return a === b || isJoining(a) || isJoining(b);
}

/**
 * The same character or emoji many times in a row ("!!!!!!!!!!", "🔥🔥🔥🔥🔥").
 *
 * A run worth reporting has more than `step` (the lower limit) code points, so after
 * its first unit come `step` units or more in a row that `mayContinueRun`; one of them
 * is at one of the offsets 1, 1 + step, 1 + 2·step, … Only where the units around such
 * an offset form a stretch that long is the text scanned unit by unit; double letters
 * and a few emoji never do.
 */
export function findCharRun(text: string, limits: RepetitionLimits): Repetition | undefined {
  const step = Math.max(1, Math.min(limits.maxCharRun, limits.maxEmojiRun));
  const n = text.length;
  for (let q = 1; q < n; q += step) {
    if (!mayContinueRun(text, q)) continue;
    let from = q;
    while (from > 1 && mayContinueRun(text, from - 1)) from--;
    let to = q + 1;
    while (to < n && mayContinueRun(text, to)) to++;
    if (to - from >= step) return scanCharRun(text, limits);
  }
  return undefined;
}

/** `findCharRun` unit by unit. */
export function scanCharRun(text: string, limits: RepetitionLimits): Repetition | undefined {
  const n = text.length;
  /** The run: its code point, count and start; units before `next` belong to the last one. */
  let prev = -1;
  let count = 0;
  let runStart = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== prev && c < 0x200d) {
      // The common case: a character unlike the one before, no emoji or modifier (never
      // the second half of a pair).
      prev = c;
      count = 1;
      runStart = i;
      continue;
    }
    if (i < next) continue;
    const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c;
    next = cp > 0xffff ? i + 2 : i + 1;
    if (isModifier(cp)) continue;
    if (cp !== prev) {
      prev = cp;
      count = 1;
      runStart = i;
    } else if (++count > (isEmoji(cp) ? limits.maxEmojiRun : limits.maxCharRun) && !isExempt(cp)) {
      return extendRun(text, cp, runStart, next, count);
    }
  }
  return undefined;
}

/** How many units of p words in a row are allowed: one word, or a phrase of 2 to 4. */
function runLimit(limits: RepetitionLimits, p: number): number {
  return p === 1 ? limits.maxWordRun : limits.maxPhraseRun;
}

function sameRun(words: readonly Word[], a: number, b: number, p: number): boolean {
  for (let k = 0; k < p; k++) {
    if ((words[a + k] as Word).lower !== (words[b + k] as Word).lower) return false;
  }
  return true;
}

/**
 * The same word, or phrase of up to four words, many times in a row. `prints` are the
 * words' lower-case fingerprints (prints.ts), equal for equal words.
 *
 * A run worth reporting has more than `limit` units of p words, so the word at each of
 * `limit`·p offsets or more in a row has the fingerprint of the word p further on; one of
 * those offsets is a multiple of `limit`·p. Only where the fingerprints around such an
 * offset match for that long is the post scanned word by word; most posts have none.
 */
export function findWordRun(
  text: string,
  words: readonly Word[],
  prints: Int32Array,
  limits: RepetitionLimits,
): Repetition | undefined {
  const n = words.length;
  for (let p = 1; p <= 4; p++) {
    const limit = runLimit(limits, p);
    if (limit < 1) return scanWordRun(text, words, prints, limits);
    const step = limit * p;
    for (let j = 0; j + p < n; j += step) {
      if (prints[j] !== prints[j + p]) continue;
      let from = j;
      while (from > 0 && prints[from - 1] === prints[from - 1 + p]) from--;
      let to = j + 1;
      while (to + p < n && prints[to] === prints[to + p]) to++;
      if (to - from >= step) return scanWordRun(text, words, prints, limits);
    }
  }
  return undefined;
}

/** `findWordRun` word by word: most words differ from the word p further on in `prints`. */
export function scanWordRun(
  text: string,
  words: readonly Word[],
  prints: Int32Array,
  limits: RepetitionLimits,
): Repetition | undefined {
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const print = prints[i] as number;
    for (let p = 1; p <= 4 && i + 2 * p <= n; p++) {
      const limit = runLimit(limits, p);
      if (
        limit >= 1 &&
        (prints[i + p] !== print || (words[i + p] as Word).lower !== (words[i] as Word).lower)
      )
        continue;
      let k = 1;
      while (i + (k + 1) * p <= n && sameRun(words, i, i + k * p, p)) k++;
      if (k > limit) {
        const first = words[i] as Word;
        const lastOfUnit = words[i + p - 1] as Word;
        const last = words[i + k * p - 1] as Word;
        return {
          start: first.start,
          end: last.end,
          unit: text.slice(first.start, lastOfUnit.end),
          count: k,
        };
      }
    }
  }
  return undefined;
}
