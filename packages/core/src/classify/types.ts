import type { Lang } from '../i18n.js';
import type { AddressForm } from '../kinds/types.js';
import type { SentimentLabel } from './sentiment.js';

export type { SentimentLabel };

export type ClassifyOptions = {
  /** Channel id of the guideline; sets the address form of the drafted reply. */
  channel?: string;
  /** The customer's handle or name for {customer}, e.g. "@reiziger". */
  customer?: string;
  /** The agent's initials for {initials} (and the signature). */
  initials?: string;
  /** The agent's name for {name}. */
  name?: string;
  /** Language of the message when known; detected otherwise. */
  lang?: Lang;
};

/** Why a situation was chosen: one piece of evidence. */
export type Signal =
  | {
      kind: 'cue';
      situation: string;
      text: string;
      start: number;
      end: number;
      weight: number;
      /** `guideline`: the situation's cues in the guideline; `builtin`: Leidraad's cue data. */
      source: 'guideline' | 'builtin';
    }
  | {
      /** A word, emoji or emoticon that moved the sentiment (weight < 0: negative). */
      kind: 'sentiment';
      text: string;
      start: number;
      end: number;
      weight: number;
    }
  | { kind: 'example'; situation: string; example: string; similarity: number };

export type Reply = {
  text: string;
  addressForm: AddressForm;
  /** Placeholders that could not be filled (left out of the text). */
  missing: string[];
};

export type Route = {
  team: string;
  teamName: string;
  dueInMinutes: number;
  escalate: boolean;
  escalateTo?: string;
  escalateToName?: string;
};

export type ClassifyResult = {
  situation: string;
  title: string;
  confidence: number;
  sentiment: SentimentLabel;
  sentimentScore: number;
  language: Lang;
  steps: string[];
  reply: Reply;
  route: Route;
  /** Scores per situation, highest first (the runner-up is the first alternative). */
  scores: { situation: string; score: number }[];
  signals: Signal[];
};

export type Classifier = {
  /** Ids of the guideline's situations, in guideline order. */
  readonly situations: readonly string[];
  classify(text: string, options?: ClassifyOptions): ClassifyResult;
};
