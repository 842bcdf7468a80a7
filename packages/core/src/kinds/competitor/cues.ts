import lexicon from '../../../data/competitor/negative.json' with { type: 'json' };
import { compilePhrases, type PhraseMatcher } from '../../text/phrases.js';
import type { Segments } from '../../text/segments.js';

/**
 * Negative evaluation cues of a post, with negation handling ("niet slecht",
 * "not bad at all" are not negative; "niet alleen slecht" is).
 */
export type Cue = { first: number; last: number; inferiorThan: boolean };

export type CueFinder = {
  find(folded: readonly string[], seg: Segments, skip: Uint8Array, lang: 'nl' | 'en'): Cue[];
};

const { nl, en } = lexicon;
const wordsNl = new Set([...nl.words, ...en.words]);
const wordsEn = new Set([...nl.words, ...en.words, ...en.enOnly]);
const phrases: PhraseMatcher = compilePhrases([...nl.phrases, ...en.phrases]);
const negators = new Set([...nl.negators, ...en.negators]);
const notNegators = new Set([...nl.notNegators, ...en.notNegators]);
const inferior = new Set([...nl.inferior, ...en.inferior]);
export const superior = new Set([...nl.superior, ...en.superior]);
export const comparisonWords = new Set(lexicon.comparisonWords);
export const comparisonFill = new Set(lexicon.comparisonFill);

function isNegator(folded: readonly string[], k: number): boolean {
  const w = folded[k] as string;
  if (!negators.has(w) && !w.endsWith("n't")) return false;
  return !notNegators.has(folded[k + 1] ?? '');
}

/** A negator up to three words before the cue, or (for a cue opening its clause) just after it. */
export function negatedAt(folded: readonly string[], seg: Segments, first: number, last: number) {
  const c = seg.clause[first];
  for (let k = first - 1; k >= 0 && k >= first - 3 && seg.clause[k] === c; k--) {
    if (isNegator(folded, k)) return true;
  }
  if (first === 0 || seg.clause[first - 1] !== c) {
    for (let k = last + 1; k < folded.length && k <= last + 3 && seg.clause[k] === c; k++) {
      if (isNegator(folded, k)) return true;
    }
  }
  return false;
}

export const cueFinder: CueFinder = {
  find(folded, seg, skip, lang) {
    const single = lang === 'en' ? wordsEn : wordsNl;
    const cues: Cue[] = [];
    for (let i = 0; i < folded.length; i++) {
      if (skip[i]) continue;
      const hit = phrases.at(folded, i, seg.sentence);
      if (hit) {
        if (!negatedAt(folded, seg, hit.first, hit.last)) {
          cues.push({ first: hit.first, last: hit.last, inferiorThan: false });
        }
        i = hit.last;
        continue;
      }
      const w = folded[i] as string;
      if (!single.has(w) || negatedAt(folded, seg, i, i)) continue;
      const inferiorThan = inferior.has(w) && comparisonWords.has(folded[i + 1] ?? '');
      cues.push({ first: i, last: i, inferiorThan });
    }
    return cues;
  },
};
