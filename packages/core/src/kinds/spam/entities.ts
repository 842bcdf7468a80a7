import { sortOffsets } from '../../text/sort-offsets.js';
/** Links, hashtags and mentions of a post. */
export type Span = { start: number; end: number };

export type Entities = {
  links: Span[];
  hashtags: Span[];
  mentions: Span[];
  /** All of them, by start offset. */
  all: Span[];
};

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const HASH_LETTER = 1;
const HASH_DIGIT = 2;
const HASH_OTHER = 3;
/** Hashtag class of each BMP unit past ASCII (0 = not looked at yet), filled on first sight. */
const HASH_CLASS = new Uint8Array(0x10000);

/** Hashtag class of `ch`: a letter or mark, a digit, or neither. */
function hashClass(ch: string): number {
  if (LETTER_OR_MARK.test(ch)) return HASH_LETTER;
  return DIGIT.test(ch) ? HASH_DIGIT : HASH_OTHER;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** End of a hashtag body starting at `from` (letters, digits, marks, `_`), or -1 without a letter. */
export function hashtagEnd(text: string, from: number): number {
  let i = from;
  let letter = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      if (isAsciiLetter(c)) letter = true;
      i++;
    } else if (c > 127) {
      const size = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      let cl = HASH_CLASS[c] as number;
      if (size === 2) cl = hashClass(text.slice(i, i + 2));
      else if (cl === 0) {
        cl = hashClass(String.fromCharCode(c));
        HASH_CLASS[c] = cl;
      }
      if (cl === HASH_LETTER) letter = true;
      else if (cl !== HASH_DIGIT) break;
      i += size;
    } else break;
  }
  return letter ? i : -1;
}

/** End of a mention body (`@name`, or Mastodon's `@name@server.tld`), or -1. */
export function mentionEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
  if (i === from) return -1;
  if (text.charCodeAt(i) === 64) {
    let j = i + 1;
    let dot = false;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 46 && isAsciiAlnum(text.charCodeAt(j + 1))) dot = true;
      else if (!isAsciiAlnum(c) && c !== 45) break;
      j++;
    }
    if (dot) return j;
  }
  return i;
}

/** Letters, digits, `_` and anything beyond ASCII count as word characters here. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
  );
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000 || c === 0x2028;
}

/** Characters that end a sentence rather than a URL when they close it. */
function isTrailingPunct(c: number): boolean {
  // . , ; : ! ? ) ] ' " …
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 39 ||
    c === 34 ||
    c === 0x2026
  );
}

export function linkEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  while (end > from && isTrailingPunct(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Case-insensitive `startsWith` for a lower-case ASCII literal. */
function startsWithCI(text: string, i: number, lit: string): boolean {
  if (i + lit.length > text.length) return false;
  for (let k = 0; k < lit.length; k++) {
    const c = text.charCodeAt(i + k);
    const l = lit.charCodeAt(k);
    if (c !== l && !(l >= 97 && l <= 122 && c === l - 32)) return false;
  }
  return true;
}

export function linkStartLength(text: string, i: number): number {
  const next = text.charCodeAt(i + 1) | 32;
  if (next !== 116 && next !== 119) return 0;
  if (startsWithCI(text, i, 'https://')) return 8;
  if (startsWithCI(text, i, 'http://')) return 7;
  if (startsWithCI(text, i, 'www.')) return 4;
  return 0;
}

/** The end of the entity (link, hashtag, mention) that starts at `i` (unit `c`), or -1. */
export function entityEnd(text: string, i: number, c: number): number {
  const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
  if ((c | 32) === 104 || (c | 32) === 119) {
    const head = isWordChar(prev) ? 0 : linkStartLength(text, i);
    if (head === 0) return -1;
    const end = linkEnd(text, i + head);
    return end > i + head ? end : -1;
  }
  if ((c === 35 || c === 0xff03) && !isWordChar(prev) && prev !== 38 && prev !== 35) {
    return hashtagEnd(text, i + 1);
  }
  if ((c === 64 || c === 0xff20) && !isWordChar(prev)) return mentionEnd(text, i + 1);
  return -1;
}

/** No spans: shared by all posts, never added to (see `add`). */
const NO_SPANS: Span[] = [];

/** `list` with `span` added (a new list in place of NO_SPANS). */
function add(list: Span[], span: Span): Span[] {
  if (list === NO_SPANS) return [span];
  list.push(span);
  return list;
}

/** Candidate entity starts of the current text (reused). */
const starts: number[] = [];

/** Pushes each offset of `needle` in `text`, moved by `shift`, to `starts`. */
function pushAll(text: string, needle: string, shift: number, first: number): void {
  for (let j = text.indexOf(needle); j !== -1; j = text.indexOf(needle, j + 1)) {
    const at = j - shift;
    // Links: a h (http, https) or w (www) must open them.
    if (at >= 0 && (first === 0 || (text.charCodeAt(at) | 32) === first)) starts.push(at);
  }
}

/**
 * Finds the entities from left to right, each starting after the last one's end. Only
 * the offsets where one may start are looked at, found with the engine's native
 * `indexOf`: #, @ (and their full-width forms), and before :// (http, https) and . (www).
 */
export function findEntities(text: string): Entities {
  starts.length = 0;
  pushAll(text, '#', 0, 0);
  pushAll(text, '@', 0, 0);
  pushAll(text, '\uff03', 0, 0);
  pushAll(text, '\uff20', 0, 0);
  pushAll(text, '://', 4, 104);
  pushAll(text, '://', 5, 104);
  pushAll(text, '.', 3, 119);
  const e: Entities = { links: NO_SPANS, hashtags: NO_SPANS, mentions: NO_SPANS, all: NO_SPANS };
  if (starts.length === 0) return e;
  sortOffsets(starts);
  let from = 0;
  for (const i of starts) {
    if (i < from) continue;
    const c = text.charCodeAt(i);
    const end = entityEnd(text, i, c);
    if (end <= 0) continue;
    const span: Span = { start: i, end };
    if (c === 35 || c === 0xff03) e.hashtags = add(e.hashtags, span);
    else if (c === 64 || c === 0xff20) e.mentions = add(e.mentions, span);
    else e.links = add(e.links, span);
    e.all = add(e.all, span);
    from = end;
  }
  return e;
}

/**
 * How many mentions open the post before any other text: the addressees of a reply,
 * which networks put there themselves, not mention stuffing.
 */
export function leadingMentions(text: string, mentions: readonly Span[]): number {
  let at = 0;
  let n = 0;
  for (const m of mentions) {
    for (; at < m.start; at++) if (!isSpace(text.charCodeAt(at))) return n;
    n++;
    at = m.end;
  }
  return n;
}
