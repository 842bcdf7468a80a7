import { C, CUE, DIRECT } from './categories.js';
import { type Lexicon, lookup, type Phrase, type WordInfo } from './lexicon.js';
import { segment } from './segment.js';
import { type Token, tokenize } from './tokens.js';

/** A word of the post with what it means; `to` is the last token index of a phrase. */
export type Read = {
  tokens: Token[];
  masks: number[];
  /** The word was read as a typo of a lexicon word. */
  fuzzy: boolean[];
  to: number[];
  clauses: number[];
};

/** Extra words from a rule's options: flagged as profanity, or allowed. */
export type Tuning = { words: ReadonlySet<string>; allow: ReadonlySet<string> };

const SEEN_LIMIT = 50_000;

/** What a folded word means, looked up once and remembered. */
function info(lex: Lexicon, t: Token): WordInfo {
  const known = lex.seen.get(t.w);
  if (known && t.alt === undefined) return known;
  let mask = lookup(lex, t.w);
  if (mask === 0 && t.alt !== undefined) mask = lookup(lex, t.alt);
  let typo = false;
  if (mask === 0 && t.w.length >= 3) {
    mask = lex.fuzzy.get(t.w) ?? 0;
    typo = mask !== 0;
  }
  const pieces = mask === 0 && t.w.length >= 6 ? segment(lex, t.w) : undefined;
  const result = { mask, typo, pieces, phrases: lex.phrases.get(t.w) };
  if (t.alt === undefined) {
    if (lex.seen.size >= SEEN_LIMIT) lex.seen.clear();
    lex.seen.set(t.w, result);
  }
  return result;
}

/** Tokenize a post and look every word up, splitting run-together words. */
export function read(lex: Lexicon, text: string, tuning: Tuning): Read {
  const raw = tokenize(text);
  const tokens: Token[] = [];
  const masks: number[] = [];
  const fuzzy: boolean[] = [];
  const phrases: (Phrase[] | undefined)[] = [];
  const tuned = tuning.allow.size > 0 || tuning.words.size > 0;
  for (const t of raw) {
    const i = info(lex, t);
    if (i.pieces && t.end - t.start === t.w.length) {
      for (const p of i.pieces) {
        tokens.push({
          w: t.w.slice(p.start, p.end),
          alt: undefined,
          start: t.start + p.start,
          end: t.start + p.end,
          sentence: t.sentence,
          clause: t.clause,
          quoted: t.quoted,
        });
        masks.push(p.mask);
        fuzzy.push(false);
        phrases.push(lex.phrases.get(t.w.slice(p.start, p.end)));
      }
      continue;
    }
    let m = i.mask;
    if (tuned) {
      if (tuning.allow.has(t.w)) m &= ~DIRECT;
      if (tuning.words.has(t.w)) m |= C.profanity;
    }
    tokens.push(t);
    masks.push(m);
    fuzzy.push(i.typo);
    phrases.push(i.phrases);
  }
  const to = matchPhrases(phrases, tokens, masks);
  return { tokens, masks, fuzzy, to, clauses: clauses(tokens, masks) };
}

/** Mark phrases on their first word; `to[i]` is where the phrase starting at i ends. */
function matchPhrases(
  phrases: (Phrase[] | undefined)[],
  tokens: Token[],
  masks: number[],
): number[] {
  const to = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    to[i] = i;
    const list = phrases[i];
    if (!list) continue;
    for (const p of list) {
      const last = i + p.words.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = (tokens[i + k] as Token).w === p.words[k];
      if (!ok) continue;
      if ((p.mask & C.copula) !== 0) {
        // "niets anders dan", "nothing but": no negation, a comparison
        for (let k = i; k <= last; k++) masks[k] = (masks[k] as number) & ~C.negator;
        masks[i] = (masks[i] as number) | C.copula;
        continue;
      }
      masks[i] = (masks[i] as number) | p.mask;
      if ((p.mask & (DIRECT | CUE)) !== 0) to[i] = Math.max(to[i] as number, last);
    }
  }
  return to;
}

/** Clause number of every token: punctuation and words such as "maar", "omdat". */
function clauses(tokens: Token[], masks: number[]): number[] {
  const out = new Array<number>(tokens.length);
  let clause = 0;
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.clause !== prev) {
      clause++;
      prev = t.clause;
    }
    if (((masks[i] as number) & C.clauseBreak) !== 0) clause++;
    out[i] = clause;
  }
  return out;
}
