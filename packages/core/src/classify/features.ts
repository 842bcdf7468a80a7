import { type Word, words } from '../text/words.js';

/** A word of a message as the classifier sees it. */
export type Token = {
  /** Lower case without apostrophes ("doesn't" → "doesnt"). */
  key: string;
  start: number;
  end: number;
  /** First word of a sentence (after any leading @mentions). */
  atStart: boolean;
  /** Preceded by '#'. */
  hashtag: boolean;
};

export type Features = {
  text: string;
  /** Every word, for language detection and sentiment. */
  words: Word[];
  /** Words outside @handles and links. */
  tokens: Token[];
  /** @handles in the message, in order. */
  mentions: string[];
};

const AT = 64;
const HASH = 35;

/** Apostrophes are dropped from keys, so "don't" and "dont" are one cue. */
export function cueKey(lower: string): string {
  return lower.indexOf("'") < 0 && lower.indexOf('\u2019') < 0
    ? lower
    : lower.replace(/['\u2019]/g, '');
}

function isHandleChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46
  );
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 59;
}

/** Spans of @handles and links; words inside them are not cues. */
function skipSpans(text: string, mentions: string[]): number[] {
  const spans: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === AT && (i === 0 || !isHandleChar(text.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < n && isHandleChar(text.charCodeAt(j))) j++;
      while (j > i + 1 && text.charCodeAt(j - 1) === 46) j--;
      if (j > i + 1) {
        spans.push(i, j);
        mentions.push(text.slice(i, j));
        i = j - 1;
      }
    } else if (
      (c === 104 || c === 119) &&
      (text.startsWith('http://', i) ||
        text.startsWith('https://', i) ||
        text.startsWith('www.', i))
    ) {
      let j = i;
      while (j < n && text.charCodeAt(j) > 32) j++;
      spans.push(i, j);
      i = j - 1;
    }
  }
  return spans;
}

export function extract(text: string): Features {
  const all = words(text);
  const mentions: string[] = [];
  const spans = skipSpans(text, mentions);
  const tokens: Token[] = [];
  let span = 0;
  let prevEnd = 0;
  let sentenceStart = true;
  for (const w of all) {
    while (span < spans.length && (spans[span + 1] as number) <= w.start) span += 2;
    const inSpan = span < spans.length && (spans[span] as number) <= w.start;
    for (let i = prevEnd; i < w.start; i++) {
      if (isSentenceEnd(text.charCodeAt(i))) sentenceStart = true;
    }
    prevEnd = w.end;
    if (inSpan) continue;
    tokens.push({
      key: cueKey(w.lower),
      start: w.start,
      end: w.end,
      atStart: sentenceStart,
      hashtag: w.start > 0 && text.charCodeAt(w.start - 1) === HASH,
    });
    sentenceStart = false;
  }
  return { text, words: all, tokens, mentions };
}
