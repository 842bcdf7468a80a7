import { C, CUE, DIRECT } from './categories.js';
import type { Columns, Tuning } from './columns.js';
import type { Lexicon } from './lexicon.js';
import { tokenize } from './tokens.js';

export type { Tuning } from './columns.js';

/** A post worth analysing: its words with what they mean, `n` of them (see Columns). */
export type Read = Columns;

/**
 * Tokenize a post and look every word up, splitting run-together words; undefined
 * when no word can make a finding. The columns are shared: use the result at once.
 */
export function read(lex: Lexicon, text: string, tuning: Tuning | undefined): Read | undefined {
  const c = tokenize(lex, text, tuning);
  const n = c.n;
  let any = matchPhrases(c);
  for (let i = 0; i < n; i++) any |= c.masks[i] as number;
  if (!canFire(any)) return undefined;
  numberClauses(c);
  return c;
}

/** Bits of a word that is reported on sight, or with a word or two around it. */
const SIGHT = DIRECT | C.ambiguousSlur | C.swearDisease;
/** Bits one of which a cue needs in the post: a group to be about, or the reader. */
const ADDRESSED = C.group | C.groupAdjective | C.you;

/**
 * Whether a post whose words have `any` bits can make a finding: a word reported (nearly)
 * on sight, or a cue with a group or the reader in the post. Many posts have a cue word
 * (mensen, doen, leven) and neither, and need no analysis.
 */
export function canFire(any: number): boolean {
  return (any & SIGHT) !== 0 || ((any & CUE) !== 0 && (any & ADDRESSED) !== 0);
}

/**
 * Mark phrases on their first word; `to[i]` becomes where the phrase starting at i
 * ends. Returns the bits the phrases added.
 */
function matchPhrases(c: Columns): number {
  const { word, masks, to, n } = c;
  let added = 0;
  for (let j = 0; j < c.phraseCount; j++) {
    const i = c.phraseAt[j] as number;
    const list = word[i]?.phrases;
    if (list === undefined) continue;
    for (const p of list) {
      const last = i + p.ids.length - 1;
      if (last >= n) continue;
      let ok = true;
      for (let k = 1; k < p.ids.length && ok; k++) ok = word[i + k]?.id === p.ids[k];
      if (!ok) continue;
      if ((p.mask & C.copula) !== 0) {
        // "niets anders dan", "nothing but": no negation, a comparison
        for (let k = i; k <= last; k++) masks[k] = (masks[k] as number) & ~C.negator;
        masks[i] = (masks[i] as number) | C.copula;
        continue;
      }
      masks[i] = (masks[i] as number) | p.mask;
      added |= p.mask;
      if ((p.mask & (DIRECT | CUE)) !== 0) to[i] = Math.max(to[i] as number, last);
    }
  }
  return added;
}

/** Clause number of every word: punctuation and words such as "maar", "omdat". */
function numberClauses(c: Columns): void {
  const { clause: marks, masks, clauses, n } = c;
  let clause = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    if (marks[i] !== prev) {
      clause++;
      prev = marks[i] as number;
    }
    if (((masks[i] as number) & C.clauseBreak) !== 0) clause++;
    clauses[i] = clause;
  }
}
