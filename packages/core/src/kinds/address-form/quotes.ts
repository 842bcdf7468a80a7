/**
 * Quoted stretches of a post ("…", “…”, „…”, ‘…’, '…', «…»), as a flat list of
 * half-open [start, end) pairs. Quotes close on the same line; an unclosed quote
 * is ignored. Apostrophes of elision ('s, 't, zo'n, foto's) do not open a quote.
 */
const DOUBLE = 34; // "
const SINGLE = 39; // '
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const NEWLINE = 10;

function isLetter(ch: number): boolean {
  return (
    (ch >= 65 && ch <= 90) ||
    (ch >= 97 && ch <= 122) ||
    (ch >= 48 && ch <= 57) ||
    (ch > 127 && ch !== RIGHT_SINGLE && ch !== RIGHT_DOUBLE)
  );
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === NEWLINE || ch === 13 || ch === 0xa0 || Number.isNaN(ch);
}

/** "'s avonds", "'t is", "'n keer", "'k ben": elision, not an opening quote. */
function isElision(text: string, p: number): boolean {
  const next = text.charCodeAt(p + 1) | 32;
  const after = text.charCodeAt(p + 2);
  return (
    (next === 115 || next === 116 || next === 110 || next === 107 || next === 109) &&
    !isLetter(after)
  );
}

function findClose(text: string, from: number, close: number, strict: boolean): number {
  for (let q = from; q < text.length; q++) {
    const ch = text.charCodeAt(q);
    if (ch === NEWLINE) return -1;
    if (ch !== close) continue;
    if (!strict) return q;
    // A closing single quote follows a non-space and is not followed by a letter.
    if (!isSpace(text.charCodeAt(q - 1)) && !isLetter(text.charCodeAt(q + 1))) return q;
  }
  return -1;
}

export function quotedRanges(text: string): number[] {
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const ch = text.charCodeAt(p);
    let close = -1;
    let strict = false;
    if (ch === DOUBLE) close = DOUBLE;
    else if (ch === LEFT_DOUBLE || ch === LOW_DOUBLE) close = RIGHT_DOUBLE;
    else if (ch === LEFT_GUILLEMET) close = RIGHT_GUILLEMET;
    else if (ch === LEFT_SINGLE) {
      close = RIGHT_SINGLE;
      strict = true;
    } else if (ch === SINGLE) {
      const before = p === 0 ? Number.NaN : text.charCodeAt(p - 1);
      if (isLetter(before) || !isLetter(text.charCodeAt(p + 1)) || isElision(text, p)) continue;
      close = SINGLE;
      strict = true;
    }
    if (close < 0) continue;
    const end = findClose(text, p + 1, close, strict);
    if (end < 0) {
      // „…“ (German-style closing) is also seen in Dutch text.
      if (ch === LOW_DOUBLE) {
        const alt = findClose(text, p + 1, LEFT_DOUBLE, false);
        if (alt >= 0) {
          out.push(p, alt + 1);
          p = alt;
        }
      }
      continue;
    }
    out.push(p, end + 1);
    p = end;
  }
  return out;
}

export function inRanges(ranges: readonly number[], offset: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (offset >= (ranges[i] as number) && offset < (ranges[i + 1] as number)) return true;
  }
  return false;
}
