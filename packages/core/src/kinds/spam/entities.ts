import { sortOffsets } from '../../text/sort-offsets.js';

/** A stretch of a post. */
export type Span = { start: number; end: number };

export const LINK = 1;
export const HASHTAG = 2;
export const MENTION = 3;

/**
 * Links, hashtags and mentions of a post, by start offset, in arrays reused from post to
 * post (no object per entity): entity i is `kind[i]` (LINK, HASHTAG or MENTION) from
 * `start[i]` to `end[i]`. Entries at `count` and beyond are left from earlier posts.
 */
export type Entities = {
  count: number;
  links: number;
  hashtags: number;
  mentions: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
};

/** Empty entity arrays, for one user at a time to fill with `findEntities` again and again. */
export function entityArrays(size = 16): Entities {
  return {
    count: 0,
    links: 0,
    hashtags: 0,
    mentions: 0,
    start: new Int32Array(size),
    end: new Int32Array(size),
    kind: new Uint8Array(size),
  };
}

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

/** Candidate entity starts of the current text, `candidates` of them (reused). */
let starts = new Int32Array(64);
let candidates = 0;

function pushStart(at: number): void {
  if (candidates === starts.length) {
    const more = new Int32Array(2 * starts.length);
    more.set(starts);
    starts = more;
  }
  starts[candidates++] = at;
}

/** Pushes each offset of `needle` in `text` to the candidate starts. */
function pushAll(text: string, needle: string): void {
  for (let j = text.indexOf(needle); j !== -1; j = text.indexOf(needle, j + 1)) pushStart(j);
}

/** Pushes the offset two before each `needle` (a w and a dot) where a w opens 'www.'. */
function pushWww(text: string, needle: string): void {
  for (let j = text.indexOf(needle); j !== -1; j = text.indexOf(needle, j + 1)) {
    if (j >= 2 && (text.charCodeAt(j - 2) | 32) === 119) pushStart(j - 2);
  }
}

/** Adds an entity to `e`, making its arrays longer when they are full. */
function add(e: Entities, kind: number, start: number, end: number): void {
  if (e.count === e.start.length) {
    const more = entityArrays(2 * e.count);
    more.start.set(e.start);
    more.end.set(e.end);
    more.kind.set(e.kind);
    e.start = more.start;
    e.end = more.end;
    e.kind = more.kind;
  }
  e.start[e.count] = start;
  e.end[e.count] = end;
  e.kind[e.count] = kind;
  e.count++;
}

/**
 * Finds the entities of `text` into `e`, from left to right, each starting after the last
 * one's end. Only the offsets where one may start are looked at, found with the engine's
 * native `indexOf`: #, @ (and their full-width forms), and before :// (http, https) and
 * w. (www).
 */
export function findEntities(text: string, e: Entities): void {
  candidates = 0;
  pushAll(text, '#');
  pushAll(text, '@');
  pushAll(text, '\uff03');
  pushAll(text, '\uff20');
  // Links: an h (http, https) or w (www) must open them.
  for (let j = text.indexOf('://'); j !== -1; j = text.indexOf('://', j + 1)) {
    if (j >= 4 && (text.charCodeAt(j - 4) | 32) === 104) pushStart(j - 4);
    if (j >= 5 && (text.charCodeAt(j - 5) | 32) === 104) pushStart(j - 5);
  }
  // www.: a w or W before the dot (posts have many dots, few after a w)
  pushWww(text, 'w.');
  pushWww(text, 'W.');
  e.count = 0;
  e.links = 0;
  e.hashtags = 0;
  e.mentions = 0;
  if (candidates === 0) return;
  sortOffsets(starts, candidates);
  let from = 0;
  for (let k = 0; k < candidates; k++) {
    const i = starts[k] as number;
    if (i < from) continue;
    const c = text.charCodeAt(i);
    const end = entityEnd(text, i, c);
    if (end <= 0) continue;
    if (c === 35 || c === 0xff03) {
      add(e, HASHTAG, i, end);
      e.hashtags++;
    } else if (c === 64 || c === 0xff20) {
      add(e, MENTION, i, end);
      e.mentions++;
    } else {
      add(e, LINK, i, end);
      e.links++;
    }
    from = end;
  }
}

/** Index of the `n`-th entity (from 0) of `kind` in `e`, or -1. */
export function nthOf(e: Entities, kind: number, n: number): number {
  let seen = 0;
  for (let i = 0; i < e.count; i++) {
    if (e.kind[i] === kind && seen++ === n) return i;
  }
  return -1;
}

/** Index of the last entity of `kind` in `e`, or -1. */
export function lastOf(e: Entities, kind: number): number {
  for (let i = e.count - 1; i >= 0; i--) if (e.kind[i] === kind) return i;
  return -1;
}

/**
 * How many mentions open the post before any other text: the addressees of a reply,
 * which networks put there themselves, not mention stuffing.
 */
export function leadingMentions(text: string, e: Entities): number {
  let at = 0;
  let n = 0;
  for (let i = 0; i < e.count; i++) {
    if (e.kind[i] !== MENTION) continue;
    for (; at < (e.start[i] as number); at++) if (!isSpace(text.charCodeAt(at))) return n;
    n++;
    at = e.end[i] as number;
  }
  return n;
}
