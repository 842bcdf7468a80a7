/** Links, hashtags and mentions of a post, found in one pass over its characters. */
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

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** End of a hashtag body starting at `from` (letters, digits, marks, `_`), or -1 without a letter. */
function hashtagEnd(text: string, from: number): number {
  let i = from;
  let letter = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      if (isAsciiLetter(c)) letter = true;
      i++;
    } else if (c > 127) {
      const size = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const ch = text.slice(i, i + size);
      if (LETTER_OR_MARK.test(ch)) letter = true;
      else if (!DIGIT.test(ch)) break;
      i += size;
    } else break;
  }
  return letter ? i : -1;
}

/** End of a mention body (`@name`, or Mastodon's `@name@server.tld`), or -1. */
function mentionEnd(text: string, from: number): number {
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
function isWordChar(c: number): boolean {
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

function linkEnd(text: string, from: number): number {
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

function linkStartLength(text: string, i: number): number {
  const next = text.charCodeAt(i + 1) | 32;
  if (next !== 116 && next !== 119) return 0;
  if (startsWithCI(text, i, 'https://')) return 8;
  if (startsWithCI(text, i, 'http://')) return 7;
  if (startsWithCI(text, i, 'www.')) return 4;
  return 0;
}

export function findEntities(text: string): Entities {
  const links: Span[] = [];
  const hashtags: Span[] = [];
  const mentions: Span[] = [];
  const all: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // only h, w, # and @ can start an entity
    if ((c | 32) !== 104 && (c | 32) !== 119 && c !== 35 && c !== 64 && c < 0xff00) {
      i++;
      continue;
    }
    const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
    if ((c | 32) === 104 || (c | 32) === 119) {
      const head = isWordChar(prev) ? 0 : linkStartLength(text, i);
      if (head > 0) {
        const end = linkEnd(text, i + head);
        if (end > i + head) {
          const span = { start: i, end };
          links.push(span);
          all.push(span);
          i = end;
          continue;
        }
      }
    } else if ((c === 35 || c === 0xff03) && !isWordChar(prev) && prev !== 38 && prev !== 35) {
      const end = hashtagEnd(text, i + 1);
      if (end > 0) {
        const span = { start: i, end };
        hashtags.push(span);
        all.push(span);
        i = span.end;
        continue;
      }
    } else if ((c === 64 || c === 0xff20) && !isWordChar(prev)) {
      const end = mentionEnd(text, i + 1);
      if (end > 0) {
        const span = { start: i, end };
        mentions.push(span);
        all.push(span);
        i = span.end;
        continue;
      }
    }
    i++;
  }
  return { links, hashtags, mentions, all };
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
