import { fingerprints, wordTable } from '../../text/fingerprint.js';
import { fold, foldedPrints } from '../../text/word-fold.js';
import { words as tokenize, type Word } from '../../text/words.js';
import type { OrgInfo } from '../types.js';

/**
 * Finds names (the organisation, competitors) in a post: case- and
 * diacritic-insensitive, as whole words ("Trein & Co"), with a possessive
 * "-s"/"'s" on the last word, and inside #hashtags and @mentions
 * ("#werkenbijSpoorland", "@SpoorlandNL"). Cost per post is one map look-up per
 * word, whatever the number of names.
 */
export type NameHit = {
  /** The name as the guideline spells it. */
  name: string;
  /** Index of the first and last word of the hit. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Found inside a #hashtag or @mention. */
  tagged: boolean;
};

type Entry = { name: string; tokens: string[]; joined: string };

export type NameMatcher = {
  readonly size: number;
  /** Hits in the post; the same (shared) array again for the same post: do not modify it. */
  find(text: string, words: readonly Word[], folded: readonly string[]): readonly NameHit[];
};

const MIN_TAG_LENGTH = 3;

/** "spoorlands" and "spoorland's" for "spoorland" (names of three letters or more). */
function possessives(tok: string): string[] {
  return tok.length >= 3 && !tok.endsWith('s') ? [`${tok}s`, `${tok}'s`] : [];
}

function isPossessiveOf(w: string, tok: string): boolean {
  return w === tok || possessives(tok).includes(w);
}

/** True when the gap between two words of one name holds no sentence or clause break. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let p = from; p < to; p++) {
    const ch = text.charCodeAt(p);
    if (ch === 46 || ch === 44 || ch === 33 || ch === 63 || ch === 10 || ch === 59 || ch === 58)
      return false;
  }
  return true;
}

/** The ASCII letters in `w`, case-insensitively, as bits (a = 1, b = 2, …). */
function letterSet(w: string): number {
  let set = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) set |= 1 << (c - 97);
  }
  return set;
}

/**
 * `letterSet` of the word from `start` to `end` of the post, read off the post, or -1
 * when the word has a unit past ASCII (its folded form may have other letters). Reading
 * a word's own string costs several times more: the strings of words come in many
 * representations, and V8 looks up their `length` and `charCodeAt` by a slow path.
 */
function letterSetAt(text: string, start: number, end: number): number {
  let set = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c > 127) return -1;
    const l = c | 32;
    if (l >= 97 && l <= 122) set |= 1 << (l - 97);
  }
  return set;
}

/** In a tagged word's letters (bits 0-25): the word is plain ASCII, read off the post. */
const READ_OFF_POST = 1 << 30;

/**
 * `name` (folded, so lower-case) occurs in the ASCII word of `text` from `start` to
 * `end`, whose folded form is its lower-cased self: `includes` on the word's own string
 * without reading it.
 */
function occursAt(text: string, start: number, end: number, name: string): boolean {
  const m = name.length;
  for (let p = start; p + m <= end; p++) {
    let k = 0;
    for (; k < m; k++) {
      const c = text.charCodeAt(p + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) break;
    }
    if (k === m) return true;
  }
  return false;
}

/** The words of a post right after a # or @, and the letters in each (see letterSet). */
type Tags = { index: number[]; letters: number[] };

const NO_TAGS: Tags = { index: [], letters: [] };
let tagsText = '';
let tagsWords: readonly Word[] | undefined;
let tagsFolded: readonly string[] | undefined;
let lastTags: Tags = NO_TAGS;

/** The post's tagged words; the last post's are kept, as every matcher asks for them. */
function tagsOf(text: string, words: readonly Word[], folded: readonly string[]): Tags {
  if (words === tagsWords && folded === tagsFolded && text === tagsText) return lastTags;
  const tags: Tags = { index: [], letters: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const start = word.start;
    if (start === 0) continue;
    const before = text.charCodeAt(start - 1);
    if (before !== 35 && before !== 64) continue; // # or @
    tags.index.push(i);
    // an ASCII word's folded form is its lower-cased self: the same letters
    const letters = letterSetAt(text, start, word.end);
    tags.letters.push(letters >= 0 ? letters | READ_OFF_POST : letterSet(folded[i] as string));
  }
  tagsText = text;
  tagsWords = words;
  tagsFolded = folded;
  lastTags = tags;
  return tags;
}

const orgMatchers = new WeakMap<OrgInfo, { key: string; matcher: NameMatcher }>();

/**
 * The matcher of the organisation's name and aliases, compiled once per guideline and
 * shared by the checks that look for it (so a post is searched for it once).
 */
export function orgNames(org: OrgInfo): NameMatcher {
  const names = [org.name, ...org.aliases];
  const key = names.join('\u0000');
  const known = orgMatchers.get(org);
  if (known && known.key === key) return known.matcher;
  const matcher = compileNames(names);
  orgMatchers.set(org, { key, matcher });
  return matcher;
}

export function compileNames(names: readonly string[]): NameMatcher {
  const byFirst = new Map<string, Entry[]>();
  const tagEntries: Entry[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const tokens = tokenize(name).map((w) => fold(w.lower));
    if (tokens.length === 0) continue;
    const joined = tokens.join('');
    if (seen.has(joined)) continue;
    seen.add(joined);
    const entry: Entry = { name, tokens, joined };
    const first = tokens[0] as string;
    // A one-word name is also found with a possessive "-s"/"'s" in one look-up.
    const keys = tokens.length === 1 ? [first, ...possessives(first)] : [first];
    for (const key of keys) {
      const list = byFirst.get(key);
      if (list) list.push(entry);
      else byFirst.set(key, [entry]);
    }
    if (joined.length >= MIN_TAG_LENGTH) tagEntries.push(entry);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const tagLetters = tagEntries.map((e) => letterSet(e.joined));
  const entriesOf = wordTable(byFirst);
  /** Fingerprints of the first words: a word without one starts no name. */
  const firsts = fingerprints(byFirst.keys());

  function matchAt(
    text: string,
    words: readonly Word[],
    folded: readonly string[],
    i: number,
  ): NameHit | undefined {
    const w = folded[i] as string;
    const candidates = entriesOf.get(w);
    if (!candidates) return undefined;
    for (const e of candidates) {
      const n = e.tokens.length;
      if (i + n > words.length) continue;
      if (n > 1) {
        if (w !== e.tokens[0]) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const fw = folded[i + k] as string;
          const tok = e.tokens[k] as string;
          const prev = words[i + k - 1] as Word;
          const cur = words[i + k] as Word;
          ok =
            joinable(text, prev.end, cur.start) &&
            (fw === tok || (k === n - 1 && isPossessiveOf(fw, tok)));
        }
        if (!ok) continue;
      }
      const firstWord = words[i] as Word;
      const lastWord = words[i + n - 1] as Word;
      return {
        name: e.name,
        first: i,
        last: i + n - 1,
        start: firstWord.start,
        end: lastWord.end,
        tagged: false,
      };
    }
    return undefined;
  }

  /** The name inside the tagged word `i`, whose letters are `have`. */
  function matchTag(
    text: string,
    words: readonly Word[],
    folded: readonly string[],
    i: number,
    have: number,
  ) {
    const word = words[i] as Word;
    const w = folded[i] as string;
    const plain = (have & READ_OFF_POST) !== 0;
    // A name inside the tag has all its letters in it: most names need no search.
    for (let k = 0; k < tagEntries.length; k++) {
      const e = tagEntries[k] as Entry;
      if (
        ((tagLetters[k] as number) & ~have) === 0 &&
        (plain ? occursAt(text, word.start, word.end, e.joined) : w.includes(e.joined))
      ) {
        return {
          name: e.name,
          first: i,
          last: i,
          start: word.start - 1,
          end: word.end,
          tagged: true,
        };
      }
    }
    return undefined;
  }

  // The last post's hits: checks that share this matcher search a post once.
  let lastText = '';
  let lastWords: readonly Word[] | undefined;
  let lastFolded: readonly string[] | undefined;
  let lastHits: NameHit[] = [];
  return {
    size: seen.size,
    find(text, words, folded) {
      if (words === lastWords && folded === lastFolded && text === lastText) return lastHits;
      const hits: NameHit[] = [];
      if (seen.size === 0) return hits;
      lastText = text;
      lastWords = words;
      lastFolded = folded;
      lastHits = hits;
      const prints = foldedPrints(words, text, folded);
      const tags = tagEntries.length > 0 ? tagsOf(text, words, folded) : NO_TAGS;
      const tagged = tags.index;
      let t = 0;
      for (let i = 0; i < words.length; i++) {
        while (t < tagged.length && (tagged[t] as number) < i) t++;
        let hit: NameHit | undefined;
        if (tagged[t] === i) hit = matchTag(text, words, folded, i, tags.letters[t] as number);
        if (hit === undefined && firsts[prints[i] as number] !== 0) {
          hit = matchAt(text, words, folded, i);
        }
        if (hit) {
          hits.push(hit);
          i = hit.last;
        }
      }
      return hits;
    },
  };
}
