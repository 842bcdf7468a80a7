import { type WordCache, wordCache } from './cache.js';
import { C } from './categories.js';
import { foldCode } from './fold.js';
import { type TrieNode, trieInsert, trieNode, trieStem } from './trie.js';

/**
 * A phrase of two or more folded words with what it means; `ids` are the words'
 * numbers in `Lexicon.phraseWords`, compared instead of the strings.
 */
export type Phrase = { words: string[]; ids: number[]; mask: number };

export type Lexicon = {
  exact: Map<string, number>;
  allowed: Set<string>;
  prefix: TrieNode;
  suffix: TrieNode;
  /** Words one typo away (a letter left out, two swapped) from a group or cue word. */
  fuzzy: Map<string, number>;
  /** Known words for splitting run-together words (ikhaatmoslims). */
  pieces: TrieNode;
  phrases: Map<string, Phrase[]>;
  /** A number for every word that occurs in a phrase. */
  phraseWords: Map<string, number>;
  /** Word endings that never start a piece of a run-together word. */
  endings: Set<string>;
  /** What words already read mean (words repeat across posts); cleared when large. */
  seen: WordCache;
};

/** A piece of a run-together word: offsets into the word and what it means. */
export type Piece = { start: number; end: number; mask: number };

export function foldWord(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) out += String.fromCharCode(foldCode(word.charCodeAt(k)));
  return out;
}

export function emptyLexicon(): Lexicon {
  return {
    exact: new Map(),
    allowed: new Set(),
    prefix: trieNode(),
    suffix: trieNode(),
    fuzzy: new Map(),
    pieces: trieNode(),
    phrases: new Map(),
    phraseWords: new Map(),
    endings: new Set(),
    seen: wordCache(),
  };
}

function addExact(lex: Lexicon, word: string, mask: number): void {
  lex.exact.set(word, (lex.exact.get(word) ?? 0) | mask);
}

/**
 * Add a data entry: `word`, `stem*` (longer words starting with it), `*stem` (words
 * ending with it) or a phrase `a b c`. `inflections` are endings a word may take.
 */
export function addEntry(
  lex: Lexicon,
  raw: string,
  mask: number,
  inflections: readonly string[] = [],
): void {
  const entry = foldWord(raw.trim());
  if (entry.includes(' ')) {
    const words = entry.split(/\s+/);
    const first = words[0] as string;
    const list = lex.phrases.get(first) ?? [];
    const ids = words.map((w) => {
      const id = lex.phraseWords.get(w) ?? lex.phraseWords.size;
      lex.phraseWords.set(w, id);
      return id;
    });
    list.push({ words, ids, mask });
    lex.phrases.set(first, list);
    return;
  }
  if (entry.endsWith('*')) {
    const node = trieInsert(lex.prefix, entry.slice(0, -1), false);
    node.mask |= mask;
    return;
  }
  if (entry.startsWith('*')) {
    const node = trieInsert(lex.suffix, entry.slice(1), true);
    node.mask |= mask;
    return;
  }
  addExact(lex, entry, mask);
  if (entry.length >= 4 && !entry.endsWith('en'))
    for (const end of inflections) addExact(lex, entry + end, mask);
}

export function addAllowed(lex: Lexicon, raw: string): void {
  const entry = foldWord(raw.trim());
  if (entry.endsWith('*')) trieInsert(lex.prefix, entry.slice(0, -1), false).allow = true;
  else lex.allowed.add(entry);
}

/** Variants one typo away, for words that only count beside another cue. */
export function addFuzzy(lex: Lexicon, mask: number, minLength: number): void {
  for (const [word, m] of lex.exact) {
    if ((m & mask) === 0 || word.length < minLength || word.includes("'")) continue;
    for (let k = 0; k < word.length; k++) {
      const del = word.slice(0, k) + word.slice(k + 1);
      if (word.length > minLength && !lex.exact.has(del))
        lex.fuzzy.set(del, (lex.fuzzy.get(del) ?? 0) | (m & mask));
      if (k + 1 < word.length && word[k] !== word[k + 1]) {
        const swap = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
        if (!lex.exact.has(swap)) lex.fuzzy.set(swap, (lex.fuzzy.get(swap) ?? 0) | (m & mask));
      }
    }
  }
}

/** Make the piece trie from every exact word, for splitting run-together words. */
export function buildPieces(lex: Lexicon): void {
  for (const [word, m] of lex.exact) {
    if (word.length < 2 || word.includes("'")) continue;
    const node = trieInsert(lex.pieces, word, false);
    node.word = true;
    node.mask |= m;
  }
}

/** What a folded word means: exact entry, else a profane beginning or ending. */
export function lookup(lex: Lexicon, word: string): number {
  if (lex.allowed.has(word)) return (lex.exact.get(word) ?? 0) & ~(C.profanity | C.insult | C.slur);
  let mask = lex.exact.get(word) ?? 0;
  if (word.length > 3) {
    mask |= trieStem(lex.prefix, word, false, 1);
    mask |= trieStem(lex.suffix, word, true, 2);
  }
  return mask;
}
