/**
 * Grapheme clusters (user-perceived characters) with their UTF-16 offsets.
 *
 * `Intl.Segmenter` is exact but costs about half a microsecond per grapheme and far more
 * per call, so the common cases are handled here and only the rest goes to it:
 * - Between two "simple" units (Latin, Greek, Cyrillic, punctuation, currency and other
 *   symbols, CJK ideographs, kana, and single-code-point emoji: Grapheme_Cluster_Break
 *   Other or Control) there is always a boundary, except inside CR LF.
 * - A simple unit or a flag (a pair of regional indicators) may be followed by combining
 *   diacritics, variation selectors, emoji skin tones, keycap and tag characters (Extend),
 *   and an emoji by ZWJ + emoji (GB11); these sequences are consumed here.
 * - Anything else (Hangul jamo, Indic and other complex scripts, stray marks, …) is handed
 *   to the segmenter up to the first place where two simple units meet again, which is a
 *   boundary by the first rule.
 * The test compares this with `Intl.Segmenter` on random text.
 */

let segmenter: Intl.Segmenter | undefined;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/** True when a code unit never joins the unit before or after it into one grapheme. */
export function isSimpleUnit(c: number): boolean {
  if (c < 0x300) return true;
  if (c < 0x2010) return c >= 0x370 && c <= 0x482; // Greek, Cyrillic letters
  if (c <= 0x2027) return true; // dashes, quotes, bullets, ellipsis
  if (c < 0x2030) return false;
  if (c <= 0x205e) return true; // per mille, primes, more punctuation
  if (c < 0x20a0) return false;
  if (c <= 0x20c0) return true; // currency signs (€)
  if (c < 0x2100) return false; // combining marks for symbols
  if (c <= 0x2bff) return true; // letterlike, arrows, maths, technical, dingbats (❤, ✅)
  if (c < 0x3041) return false;
  if (c <= 0x3096) return true; // hiragana
  if (c < 0x30a0) return false;
  if (c <= 0x30ff) return true; // katakana
  return c >= 0x4e00 && c <= 0x9fff; // CJK unified ideographs
}

/** Visitor for one grapheme `[start, end)`; return `true` to stop early. */
export type GraphemeVisitor = (start: number, end: number) => boolean | undefined;

const EXT_PICT = /^\p{Extended_Pictographic}$/u;

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Astral code points with Grapheme_Cluster_Break Other: emoji and symbol blocks, maths letters. */
function isSimpleAstral(cp: number): boolean {
  if (cp >= 0x1f000 && cp <= 0x1faff)
    return !isRegionalIndicator(cp) && !(cp >= 0x1f3fb && cp <= 0x1f3ff);
  return cp >= 0x1d400 && cp <= 0x1d7ff;
}

/** Length (1 or 2) of the simple unit at `i`, or 0 when it is not simple. */
function simpleLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isSimpleUnit(c)) return 1;
  if (c >= 0xd800 && c <= 0xdbff && isSimpleAstral(codePointAt(text, i))) return 2;
  return 0;
}

/** Extend characters handled here: diacritics, variation selectors, skin tones, keycap, tags. */
function extendLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x20d0 && c <= 0x20ff)) {
    return 1;
  }
  if (c === 0xd83c || c === 0xdb40) {
    const cp = codePointAt(text, i);
    if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) return 2;
  }
  return 0;
}

function isExtPict(text: string, i: number, len: number): boolean {
  return EXT_PICT.test(text.slice(i, i + len));
}

/**
 * End of the cluster whose base `[i, j)` was just read, or -1 when what follows needs the
 * segmenter. An Extended_Pictographic base may take ZWJ + emoji (GB11).
 */
function extendCluster(text: string, i: number, j: number, to: number): number {
  let e = j;
  let basePict: boolean | undefined;
  while (e < to) {
    const x = extendLength(text, e);
    if (x > 0) {
      e += x;
      continue;
    }
    if (text.charCodeAt(e) !== 0x200d) break;
    e++; // ZWJ joins; an emoji after it joins too, if the run so far began with one
    basePict ??= isExtPict(text, i, j - i);
    const len = basePict && e < to ? simpleLength(text, e) : 0;
    if (len > 0 && isExtPict(text, e, len)) e += len;
    else basePict = false;
  }
  if (e >= to) return to;
  // Safe when what follows cannot join backwards: a simple unit or a regional indicator.
  const n = text.charCodeAt(e);
  if (simpleLength(text, e) > 0 || (n === 0xd83c && isRegionalIndicator(codePointAt(text, e)))) {
    return e;
  }
  return -1;
}

/**
 * Visit the graphemes of `text[from, to)` in order. Returns the number visited
 * (including the one that stopped the walk).
 */
export function eachGrapheme(
  text: string,
  visit: GraphemeVisitor,
  from = 0,
  to = text.length,
): number {
  let count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSimpleUnit(c) && (i + 1 >= to || isSimpleUnit(text.charCodeAt(i + 1)))) {
      // Fast path: two simple units meet.
      const end = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      count++;
      if (visit(i, end) === true) return count;
      i = end;
      continue;
    }
    let len = simpleLength(text, i);
    let flag = false;
    if (len === 0 && c === 0xd83c && isRegionalIndicator(codePointAt(text, i))) {
      // A flag: two regional indicators; a lone one stands alone.
      len = i + 3 < to && isRegionalIndicator(codePointAt(text, i + 2)) ? 4 : 2;
      flag = true;
    }
    if (len > 0) {
      const j = i + len;
      const control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xad;
      if (j >= to || control || (len === 1 && simpleLength(text, j) > 0)) {
        const end = c === 13 && j < to && text.charCodeAt(j) === 10 ? j + 1 : j;
        count++;
        if (visit(i, end) === true) return count;
        i = end;
        continue;
      }
      const end = extendCluster(text, flag ? j : i, j, to);
      if (end > 0) {
        count++;
        if (visit(i, end) === true) return count;
        i = end;
        continue;
      }
    }
    // A complex run: find the first place after it where two simple units meet.
    let k = i + 1;
    while (k < to && !(isSimpleUnit(text.charCodeAt(k - 1)) && isSimpleUnit(text.charCodeAt(k)))) {
      k++;
    }
    // text[k-1] and text[k] are simple; CR LF stays together.
    if (k < to && text.charCodeAt(k - 1) === 13 && text.charCodeAt(k) === 10) k++;
    for (const seg of getSegmenter().segment(text.slice(i, k))) {
      count++;
      const start = i + seg.index;
      if (visit(start, start + seg.segment.length) === true) return count;
    }
    i = k;
  }
  return count;
}

/** Number of graphemes in `text[from, to)`. */
export function countGraphemes(text: string, from = 0, to = text.length): number {
  return eachGrapheme(text, () => undefined, from, to);
}
