import tldData from '../../../data/limits/bare-link-tlds.json' with { type: 'json' };
import { sortOffsets } from '../../text/sort-offsets.js';

/** A link, hashtag or mention in a post, as a half-open UTF-16 span. */
export type Entity = { start: number; end: number };

export type Entities = {
  links: Entity[];
  hashtags: Entity[];
  mentions: Entity[];
};

const TLDS = new Set(tldData.tlds);
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letter, mark, digit or `_` (hashtag body characters). */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) || c === 95;
  return WORD_CHAR.test(text.charAt(i));
}

function isSpaceOrQuote(c: number): boolean {
  // whitespace, < > " and the end of the text
  return (
    Number.isNaN(c) || c <= 32 || c === 60 || c === 62 || c === 34 || c === 0xa0 || c === 0x3000
  );
}

/** Strip sentence punctuation that ends a link (keep a `)` that closes a `(` in it). */
function trimLinkEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    // . , ; : ! ? ' " ” ’ ] }
    if (
      c === 46 ||
      c === 44 ||
      c === 59 ||
      c === 58 ||
      c === 33 ||
      c === 63 ||
      c === 39 ||
      c === 34 ||
      c === 0x201d ||
      c === 0x2019 ||
      c === 93 ||
      c === 125
    ) {
      e--;
      continue;
    }
    if (c === 41) {
      let open = 0;
      let close = 0;
      for (let k = start; k < e; k++) {
        const d = text.charCodeAt(k);
        if (d === 40) open++;
        else if (d === 41) close++;
      }
      if (close > open) {
        e--;
        continue;
      }
    }
    break;
  }
  return e;
}

function linkEnd(text: string, from: number): number {
  let e = from;
  while (!isSpaceOrQuote(text.charCodeAt(e))) e++;
  return trimLinkEnd(text, from, e);
}

/** End of `http://`, `https://` or `www.` at `i` (case-insensitive), or -1. */
function schemeEnd(text: string, i: number): number {
  const head = text.slice(i, i + 8).toLowerCase();
  if (head.startsWith('https://')) return i + 8;
  if (head.startsWith('http://')) return i + 7;
  if (head.startsWith('www.')) return i + 4;
  return -1;
}

/** A hashtag at `i` (`#` or `＃`): end of its body, or -1. Needs a letter in the body. */
export function hashtagEnd(text: string, i: number): number {
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (p === 38 || p === 47 || p === 35 || p === 64 || isWordUnit(text, i - 1)) return -1;
  }
  let e = i + 1;
  let letter = false;
  while (e < text.length && isWordUnit(text, e)) {
    const c = text.charCodeAt(e);
    if (!(c >= 48 && c <= 57) && c !== 95) letter = true;
    e++;
  }
  return letter ? e : -1;
}

/** A mention at `i` (`@name` or Mastodon's `@name@host.tld`): its end, or -1. */
function mentionEnd(text: string, i: number): number {
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (p === 46 || p === 47 || p === 64 || isWordUnit(text, i - 1)) return -1;
  }
  let e = i + 1;
  while (e < text.length && e - i <= 30) {
    const c = text.charCodeAt(e);
    if (!isAsciiAlnum(c) && c !== 95) break;
    e++;
  }
  if (e === i + 1) return -1;
  if (text.charCodeAt(e) === 64) {
    // remote account: @name@host.tld
    let h = e + 1;
    let dot = false;
    while (h < text.length) {
      const c = text.charCodeAt(h);
      if (c === 46 && isAsciiAlnum(text.charCodeAt(h + 1))) dot = true;
      else if (!isAsciiAlnum(c) && c !== 45) break;
      h++;
    }
    if (dot) return h;
  }
  return e;
}

/** A bare domain whose first label starts at `i` (`voorbeeld.nl/pad`): its end, or -1. */
function bareLinkEnd(text: string, i: number): number {
  let e = i;
  let lastDot = -1;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 46 && isAsciiAlnum(text.charCodeAt(e + 1)) && e > i) lastDot = e;
    else if (!isAsciiAlnum(c) && c !== 45) break;
    e++;
  }
  if (lastDot < 0) return -1;
  const next = text.charCodeAt(e);
  if (next === 64 || next === 95 || (next > 127 && isWordUnit(text, e))) return -1;
  if (!TLDS.has(text.slice(lastDot + 1, e).toLowerCase())) return -1;
  return text.charCodeAt(e) === 47 ? linkEnd(text, e) : e;
}

/**
 * Links, hashtags and mentions of a text, in one pass over its code units. `bareLinks`:
 * also count bare domains such as `voorbeeld.nl/actie` as links (X does; Mastodon and
 * Bluesky need a scheme). Hashtags and mentions must not follow a letter, digit or `_`
 * (so `jan@voorbeeld.nl`, `C#` and `a#b` are not entities).
 */
export function findEntities(text: string, bareLinks: boolean): Entities {
  const out: Entities = { links: [], hashtags: [], mentions: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 35 || c === 0xff03) {
      const e = hashtagEnd(text, i);
      if (e > 0) {
        out.hashtags.push({ start: i, end: e });
        i = e;
        continue;
      }
    } else if (c === 64 || c === 0xff20) {
      const e = mentionEnd(text, i);
      if (e > 0) {
        out.mentions.push({ start: i, end: e });
        i = e;
        continue;
      }
    } else if (isAsciiAlnum(c) && (i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1)))) {
      const lower = c | 32;
      const s =
        (lower === 104 && (text.charCodeAt(i + 1) | 32) === 116) ||
        (lower === 119 && (text.charCodeAt(i + 1) | 32) === 119)
          ? schemeEnd(text, i)
          : -1;
      if (s > 0 && !isSpaceOrQuote(text.charCodeAt(s))) {
        const e = linkEnd(text, s);
        out.links.push({ start: i, end: e });
        i = e;
        continue;
      }
      let w = i + 1;
      while (w < n && isAsciiAlnum(text.charCodeAt(w))) w++;
      if (bareLinks && text.charCodeAt(w) === 46 && isAsciiAlnum(text.charCodeAt(w + 1))) {
        const p = i === 0 ? 32 : text.charCodeAt(i - 1);
        const lead = p === 46 || p === 47 || p === 64 || p === 45 || p === 95;
        if (!lead && (p < 128 || !isWordUnit(text, i - 1))) {
          const e = bareLinkEnd(text, i);
          if (e > 0) {
            out.links.push({ start: i, end: e });
            i = e;
            continue;
          }
        }
      }
      i = w;
      continue;
    }
    i++;
  }
  return out;
}

/** `http://`, `https://` or `www.` (any case) may occur in `text`: it may hold a link. */
function mayHoldLink(text: string): boolean {
  if (text.indexOf('://') >= 0) return true;
  for (let j = text.indexOf('.'); j >= 0; j = text.indexOf('.', j + 1)) {
    if (
      j >= 3 &&
      (text.charCodeAt(j - 1) | 32) === 119 &&
      (text.charCodeAt(j - 2) | 32) === 119 &&
      (text.charCodeAt(j - 3) | 32) === 119
    )
      return true;
  }
  return false;
}

/** Offsets where an entity may start, in `text` (reused from post to post). */
const candidates: number[] = [];

/** Pushes each offset of `needle` in `text`, moved back by `shift`, to `candidates`. */
function pushAll(text: string, needle: string, shift: number): void {
  for (let j = text.indexOf(needle); j !== -1; j = text.indexOf(needle, j + 1)) {
    if (j >= shift) candidates.push(j - shift);
  }
}

/**
 * The hashtags of `text`, as `findEntities(text, false).hashtags` finds them, from the
 * offsets where an entity may start (found with `indexOf`) rather than every unit: a
 * `#`, `@` (and their full-width forms), or a link's `http://`, `https://` or `www.`.
 * Word, hashtag and mention bodies hold none of these, so `findEntities` looks at each
 * of them that no entity before it covers, and at nothing else that finds a hashtag
 * or covers one.
 *
 * Only a link can cover a `#` (mention and hashtag bodies hold none), and a link body
 * stops at white space and quotes. So a `#` at the start of the text or after such a
 * unit (the usual ` #tag`) is never covered: the `#`s are read on their own, and the
 * offsets of all entities are only gathered for a hashtag after some other unit in a
 * text that may hold a link.
 */
export function findHashtags(text: string): Entity[] {
  const out: Entity[] = [];
  /** -1: not known yet; 0 or 1: `mayHoldLink(text)`. */
  let links = -1;
  let i = text.indexOf('#');
  let j = text.indexOf('\uff03');
  while (i >= 0 || j >= 0) {
    const at = j < 0 || (i >= 0 && i < j) ? i : j;
    const e = hashtagEnd(text, at);
    if (e > 0) {
      if (at > 0 && !isSpaceOrQuote(text.charCodeAt(at - 1))) {
        if (links < 0) links = mayHoldLink(text) ? 1 : 0;
        if (links === 1) return hashtagsAmongEntities(text);
      }
      out.push({ start: at, end: e });
    }
    if (at === i) i = text.indexOf('#', at + 1);
    else j = text.indexOf('\uff03', at + 1);
  }
  return out;
}

/** `findHashtags` from all offsets where an entity may start, in order. */
function hashtagsAmongEntities(text: string): Entity[] {
  const out: Entity[] = [];
  candidates.length = 0;
  pushAll(text, '#', 0);
  pushAll(text, '\uff03', 0);
  pushAll(text, '@', 0);
  pushAll(text, '\uff20', 0);
  pushAll(text, '://', 4);
  pushAll(text, '://', 5);
  pushAll(text, '.', 3);
  sortOffsets(candidates);
  let from = 0;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    if (i < from) continue;
    const c = text.charCodeAt(i);
    if (c === 35 || c === 0xff03) {
      const e = hashtagEnd(text, i);
      if (e > 0) {
        out.push({ start: i, end: e });
        from = e;
      }
    } else if (c === 64 || c === 0xff20) {
      const e = mentionEnd(text, i);
      if (e > 0) from = e;
    } else if (isAsciiAlnum(c) && (i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1)))) {
      // a link start, as findEntities reads it at the start of a word
      const lower = c | 32;
      const s =
        (lower === 104 && (text.charCodeAt(i + 1) | 32) === 116) ||
        (lower === 119 && (text.charCodeAt(i + 1) | 32) === 119)
          ? schemeEnd(text, i)
          : -1;
      if (s > 0 && !isSpaceOrQuote(text.charCodeAt(s))) from = linkEnd(text, s);
    }
  }
  return out;
}
