import { fingerprint, fingerprints } from './fingerprint.js';
import { fold } from './word-fold.js';

/**
 * Matches short word sequences from a data file against a post's folded words.
 * A phrase is written as words separated by spaces; `*` stands for up to
 * `MAX_GAP` arbitrary words ("ik werk * bij" matches "ik werk al jaren bij").
 * Phrases are indexed by their first word, so a post costs one map look-up per word.
 */
export type PhraseHit = { phrase: string; index: number; first: number; last: number };

export type PhraseMatcher = {
  /**
   * All non-overlapping hits, left to right; `sentence` keeps a hit inside one sentence.
   * `prints`, the words' fingerprints (word-fold.ts `foldedPrints`) when the caller has them.
   */
  find(folded: readonly string[], sentence?: Uint16Array, prints?: readonly number[]): PhraseHit[];
  /** The hit starting at word `i`, if any (longest phrase first). */
  at(folded: readonly string[], i: number, sentence?: Uint16Array): PhraseHit | undefined;
};

const GAP = '*';
const MAX_GAP = 3;

type Entry = { phrase: string; index: number; tokens: string[] };

export function phraseTokens(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .map((t) => fold(t.toLowerCase().replaceAll('’', "'")));
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const byFirst = new Map<string, Entry[]>();
  phrases.forEach((phrase, index) => {
    const tokens = phraseTokens(phrase);
    const first = tokens[0];
    if (!first || first === GAP || tokens[tokens.length - 1] === GAP) {
      throw new Error(`phrase must start and end with a word: "${phrase}"`);
    }
    const entry: Entry = { phrase, index, tokens };
    const list = byFirst.get(first);
    if (list) list.push(entry);
    else byFirst.set(first, [entry]);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  /** Fingerprints of the first words: a word without one needs no look-up. */
  const firsts = fingerprints(byFirst.keys());

  function matchFrom(
    tokens: readonly string[],
    t: number,
    folded: readonly string[],
    i: number,
    sentence: Uint16Array | undefined,
    s: number,
  ): number {
    // Returns the index of the last matched word, or -1.
    if (t === tokens.length) return i - 1;
    const tok = tokens[t] as string;
    if (tok === GAP) {
      for (let skip = 0; skip <= MAX_GAP; skip++) {
        const j = i + skip;
        if (j >= folded.length || (sentence && sentence[j] !== s)) break;
        const end = matchFrom(tokens, t + 1, folded, j, sentence, s);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (i >= folded.length || folded[i] !== tok || (sentence && sentence[i] !== s)) return -1;
    return matchFrom(tokens, t + 1, folded, i + 1, sentence, s);
  }

  function at(folded: readonly string[], i: number, sentence?: Uint16Array) {
    const w = folded[i];
    if (w === undefined || firsts[fingerprint(w)] === 0) return undefined;
    return from(folded, i, w, sentence);
  }

  /** The hit starting at word `i` (folded `w`), whose fingerprint is one of a first word. */
  function from(folded: readonly string[], i: number, w: string, sentence?: Uint16Array) {
    const list = byFirst.get(w);
    if (!list) return undefined;
    const s = sentence ? (sentence[i] as number) : 0;
    for (const e of list) {
      const last = matchFrom(e.tokens, 1, folded, i + 1, sentence, s);
      if (last >= 0) return { phrase: e.phrase, index: e.index, first: i, last };
    }
    return undefined;
  }

  return {
    at,
    find(folded, sentence, prints) {
      const hits: PhraseHit[] = [];
      for (let i = 0; i < folded.length; i++) {
        // the fingerprints read off the post spare two reads of each word's own string
        const hit =
          prints === undefined
            ? at(folded, i, sentence)
            : firsts[prints[i] as number] === 0
              ? undefined
              : from(folded, i, folded[i] as string, sentence);
        if (hit) {
          hits.push(hit);
          i = hit.last;
        }
      }
      return hits;
    },
  };
}
