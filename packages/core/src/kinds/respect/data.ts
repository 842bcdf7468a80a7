import { cuss } from 'cuss';
import enGrammar from '../../../data/respect/en-grammar.json' with { type: 'json' };
import enGroups from '../../../data/respect/en-groups.json' with { type: 'json' };
import enHate from '../../../data/respect/en-hate.json' with { type: 'json' };
import enInsults from '../../../data/respect/en-insults.json' with { type: 'json' };
import enProfanity from '../../../data/respect/en-profanity.json' with { type: 'json' };
import nlGrammar from '../../../data/respect/nl-grammar.json' with { type: 'json' };
import nlGroups from '../../../data/respect/nl-groups.json' with { type: 'json' };
import nlHate from '../../../data/respect/nl-hate.json' with { type: 'json' };
import nlInsults from '../../../data/respect/nl-insults.json' with { type: 'json' };
import nlProfanity from '../../../data/respect/nl-profanity.json' with { type: 'json' };
import nlSlurs from '../../../data/respect/nl-slurs.json' with { type: 'json' };

/** The word lists of one language, as the lexicon builder reads them. */
export type LangData = {
  profanity: string[];
  profanityAllow: string[];
  insults: string[];
  attributes: string[];
  slurs: string[];
  ambiguousSlurs: string[];
  slurFrame: string[];
  swearDiseases: string[];
  swearBefore: string[];
  swearAfter: string[];
  groups: { nouns: string[]; adjectives: string[]; persons: string[] };
  hate: {
    hateVerbs: string[];
    dehumanising: string[];
    threats: string[];
    threatsModal: string[];
    negatedPositive: string[];
    modal: string[];
    phrases: string[];
  };
  grammar: {
    negators: string[];
    counter: string[];
    report: string[];
    clauseBreaks: string[];
    conditional: string[];
    question: string[];
    prepositions: string[];
    you: string[];
    speaker: string[];
    they: string[];
    copulas: string[];
    comparisons: string[];
    endings: string[];
    glue: string[];
  };
  inflections: string[];
};

export const NL: LangData = {
  profanity: nlProfanity.words,
  profanityAllow: nlProfanity.allow,
  insults: nlInsults.words,
  attributes: nlInsults.attributes,
  slurs: nlSlurs.words,
  ambiguousSlurs: nlSlurs.ambiguous,
  slurFrame: nlSlurs.ambiguousFrame,
  swearDiseases: nlProfanity.swearDiseases,
  swearBefore: nlProfanity.swearBefore,
  swearAfter: nlProfanity.swearAfter,
  groups: nlGroups,
  hate: nlHate,
  grammar: nlGrammar,
  inflections: ['s', "'s", 'je', 'tje', 'jes', 'tjes'],
};

const enAllow = new Set(enProfanity.allow);

/** `cuss` rates words 0–2 for how sure it is that they are profane; only 2 is used. */
const cussSure = Object.entries(cuss)
  .filter(([word, rating]) => rating === 2 && !enAllow.has(word))
  .map(([word]) => word);

export const EN: LangData = {
  profanity: [...cussSure, ...enProfanity.words],
  profanityAllow: enProfanity.allow,
  insults: enInsults.words,
  attributes: enInsults.attributes,
  slurs: [],
  ambiguousSlurs: [],
  slurFrame: [],
  swearDiseases: [],
  swearBefore: [],
  swearAfter: [],
  groups: enGroups,
  hate: enHate,
  grammar: enGrammar,
  inflections: ['s', "'s"],
};

/** English words that are ordinary Dutch words, left out when English is read in Dutch posts. */
export const EN_IN_NL_ALLOW: readonly string[] = enProfanity.nlAllow;
