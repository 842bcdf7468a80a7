/**
 * Word tokens with their UTF-16 offsets. A word is a run of letters, digits and
 * combining marks, optionally joined by apostrophes ("zo'n", "customer's"); hyphens
 * split words (Dutch compounds such as "klant-tevredenheid" give two words).
 * `lower` is the lower-cased form. Every check shares one tokenisation per post, so
 * this runs as a plain character loop with an ASCII fast path.
 */
export type Word = { text: string; lower: string; start: number; end: number };

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** Per BMP code unit: 0 = not classified yet, 1 = letter/digit, 2 = mark, 3 = other. */
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const isAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  bmpClass[c] = isAlnum ? 1 : 3;
}

function classify(ch: string): number {
  if (LETTER_OR_DIGIT.test(ch)) return 1;
  if (MARK.test(ch)) return 2;
  return 3;
}

/** Class of the BMP code unit `c` (not a surrogate). */
function bmp(c: number): number {
  let cls = bmpClass[c] as number;
  if (cls === 0) {
    cls = classify(String.fromCharCode(c));
    bmpClass[c] = cls;
  }
  return cls;
}

/** Class of the astral code point starting at `i` (a high surrogate), or 3. */
function astral(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : 3;
}

/** Offset just past the word character run starting at `i` (same as `i` when there is none). */
function runEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) {
      if (c >= 0xdc00 && c <= 0xdfff) return i;
      if (bmp(c) === 3) return i;
      i++;
    } else {
      if (astral(text, i) === 3) return i;
      i += 2;
    }
  }
  return i;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return astral(text, i) === 1;
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return bmp(c) === 1;
}

/** A surrogate pair starts at `i` (one code point past the BMP). */
function isPairAt(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** What `words` returned last, and which of its words may hold a unit past ASCII. */
let lastOut: readonly Word[] | undefined;
let lastPast: readonly number[] = [];

/**
 * Indices of the words that may hold a unit past ASCII (every other word is plain ASCII),
 * when `list` is what `words` returned last (undefined otherwise): the tokeniser passes
 * those units anyway, so checks that treat such words apart need not look for them.
 */
export function pastAscii(list: readonly Word[]): readonly number[] | undefined {
  return list === lastOut ? lastPast : undefined;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  // stores past the end rather than `push`, which V8 leaves a builtin call per word here
  let count = 0;
  const past: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    // the word is plain ASCII without a capital: it is its own lower-cased form
    let lowerAscii = false;
    // the word may hold a unit past ASCII
    let wide = true;
    if (c < 0x80) {
      // ASCII fast path: a letter or digit starts a word, anything else is passed over
      if (bmpClass[c] !== 1) {
        i++;
        continue;
      }
      let upper = c >= 65 && c <= 90;
      end = i + 1;
      lowerAscii = true;
      wide = false;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d >= 0x80) {
          end = runEnd(text, end, n);
          lowerAscii = false;
          wide = true;
          break;
        }
        if (bmpClass[d] !== 1) break;
        if (d >= 65 && d <= 90) upper = true;
        end++;
      }
      if (upper) lowerAscii = false;
    } else {
      end = runEnd(text, i, n);
      if (end === i) {
        i += isPairAt(text, i, n) ? 2 : 1;
        continue;
      }
    }
    // An apostrophe joins two words when a letter or digit follows it.
    while (end + 1 < n) {
      const c = text.charCodeAt(end);
      if ((c !== 39 && c !== 0x2019) || !isLetterOrDigitAt(text, end + 1)) break;
      end = runEnd(text, end + 1, n);
      lowerAscii = false;
      wide = true;
    }
    if (wide) past.push(count);
    const word = text.slice(i, end);
    // Per word: slicing one lower-cased copy of the whole text is many times slower in V8.
    out[count++] = { text: word, lower: lowerAscii ? word : word.toLowerCase(), start: i, end };
    i = end;
  }
  lastOut = out;
  lastPast = past;
  return out;
}
