import type { Lang } from '../../i18n.js';
import { C } from './categories.js';
import { EN, EN_IN_NL_ALLOW, type LangData, NL } from './data.js';
import {
  addAllowed,
  addEntry,
  addFuzzy,
  buildPieces,
  emptyLexicon,
  foldWord,
  type Lexicon,
} from './lexicon.js';

function addAll(lex: Lexicon, words: readonly string[], mask: number, infl: string[] = []): void {
  for (const w of words) addEntry(lex, w, mask, infl);
}

function addLanguage(lex: Lexicon, d: LangData): void {
  addAll(lex, d.profanity, C.profanity, d.inflections);
  addAll(lex, d.insults, C.insult, d.inflections);
  const ambiguous = new Set(d.ambiguousSlurs);
  addAll(
    lex,
    d.slurs.filter((w) => !ambiguous.has(w)),
    C.slur,
    d.inflections,
  );
  addAll(lex, d.ambiguousSlurs, C.ambiguousSlur);
  addAll(lex, d.slurFrame, C.slurFrame);
  addAll(lex, d.attributes, C.attribute);
  addAll(lex, d.swearDiseases, C.swearDisease);
  addAll(lex, d.swearBefore, C.swearBefore);
  addAll(lex, d.swearAfter, C.swearAfter);
  addAll(lex, d.groups.nouns, C.group);
  addAll(lex, d.groups.adjectives, C.groupAdjective);
  addAll(lex, d.groups.persons, C.person);
  const h = d.hate;
  addAll(lex, h.hateVerbs, C.hateVerb);
  addAll(lex, h.dehumanising, C.dehumanising);
  addAll(lex, h.threats, C.threat);
  addAll(lex, h.threatsModal, C.threatModal);
  addAll(lex, h.negatedPositive, C.negatedPositive);
  addAll(lex, h.modal, C.modal);
  addAll(lex, h.phrases, C.threatPhrase);
  const g = d.grammar;
  addAll(lex, g.negators, C.negator);
  addAll(lex, g.counter, C.counter);
  addAll(lex, g.report, C.report);
  addAll(lex, g.clauseBreaks, C.clauseBreak);
  addAll(lex, g.conditional, C.conditional);
  addAll(lex, g.question, C.question);
  addAll(lex, g.prepositions, C.preposition);
  addAll(lex, g.you, C.you);
  addAll(lex, g.speaker, C.speaker);
  addAll(lex, g.they, C.they);
  addAll(lex, g.copulas, C.copula);
  addAll(lex, g.glue, C.glue);
  addAll(lex, g.comparisons, C.copula);
  for (const e of g.endings) lex.endings.add(e);
  for (const a of d.profanityAllow) addAllowed(lex, a);
}

/** Build the lexicon for posts in `lang`; Dutch posts also get English profanity. */
export function buildLexicon(lang: Lang): Lexicon {
  const lex = emptyLexicon();
  addLanguage(lex, lang === 'nl' ? NL : EN);
  if (lang === 'nl') {
    const skip = new Set(EN_IN_NL_ALLOW.map(foldWord));
    for (const w of EN.profanity) {
      const f = foldWord(w);
      if (skip.has(f) || f.length < 4 || f.includes('*') || lex.exact.has(f)) continue;
      addEntry(lex, f, C.profanity);
    }
  }
  addFuzzy(lex, C.group, 6);
  addFuzzy(lex, C.hateVerb | C.threat | C.dehumanising | C.attribute, 4);
  buildPieces(lex);
  return lex;
}

const cache = new Map<Lang, Lexicon>();

export function lexiconFor(lang: Lang): Lexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = buildLexicon(lang);
    cache.set(lang, lex);
  }
  return lex;
}
