import type { z } from 'zod';
import type { Fix } from '../findings.js';
import type { Lang, MessageData, Template } from '../i18n.js';
import type { Word } from '../text/words.js';

/** What a post is: an employee's own post, a post on a corporate channel, or a reply to a customer. */
export const POST_KINDS = ['personal', 'corporate', 'reply'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export type AddressForm = 'u' | 'jij';

/** Media attached to a post (image, video). */
export type Media = {
  /** File name or URL. */
  src?: string;
  /** Alternative text. */
  alt?: string;
  /** Id of an entry in the guideline's asset register. */
  asset?: string;
  /** Attribution given with the post ("Foto: Jan Jansen / CC BY 4.0"). */
  attribution?: string;
};

/** A channel as the checks see it (resolved from the guideline's `channels`). */
export type ChannelInfo = {
  id: string;
  name: string;
  maxLength?: number;
  maxHashtags?: number;
  maxMentions?: number;
  maxLinks?: number;
  /** Characters a link counts for (X and Mastodon count every URL as 23). */
  linkLength?: number;
  /**
   * How the network counts length: `graphemes` (user-perceived characters, e.g. Bluesky),
   * `x` (X's weighted count: CJK and emoji count double, URLs fixed), `utf16` (code units).
   */
  counting?: 'graphemes' | 'x' | 'utf16';
  addressForm: AddressForm;
};

export type CheckInput = {
  text: string;
  as: PostKind;
  channel?: string;
  media?: Media[];
  /** ISO date the check runs on (for expiry of licences); defaults to today. */
  date?: string;
  /** Language of the text when known; otherwise the engine detects it. */
  lang?: Lang;
  /** The author's recent posts, for near-duplicate detection (`spam`). */
  recent?: string[];
};

/** Facts about the organisation that checks may use (from the guideline). */
export type OrgInfo = {
  name: string;
  aliases: string[];
  /** Default address form (`voice.addressForm`). */
  addressForm: AddressForm;
};

/** Everything a check may read while it runs over one post. */
export type RunContext = {
  readonly input: CheckInput;
  readonly text: string;
  /** Words of the text (computed once, shared by all checks). */
  readonly words: readonly Word[];
  /** The channel, when the input names one the guideline knows. */
  readonly channel: ChannelInfo | undefined;
  /** Address form for this post (channel override, else the guideline default). */
  readonly addressForm: AddressForm;
  /** Language the message is written in (guideline language unless detected otherwise). */
  readonly lang: Lang;
  report(r: Report): void;
};

export type Report = {
  messageId: string;
  start: number;
  end: number;
  data?: MessageData;
  fix?: Fix;
};

/** Compile-time context: the parts of the guideline a kind may need beyond its options. */
export type CompileContext = {
  org: OrgInfo;
  /** Resolve a named term list (`terms.<name>`) to its entries. */
  termList(name: string): TermEntry[] | undefined;
  /** The guideline's asset register (for `copyright`). */
  assets: AssetEntry[];
};

export type TermEntry = { term: string; note?: string };

export type AssetEntry = {
  id: string;
  title?: string;
  owner: string;
  licence: string;
  /** ISO date after which the asset may no longer be used. */
  expires?: string;
  /** Attribution text that must accompany the asset, when the licence requires it. */
  attribution?: string;
  /** Perceptual hash (hex) of the image, for recognising re-uploads later. */
  hash?: string;
  /** Recognisable people in it have given consent (portrait rights). */
  portraitConsent?: boolean;
};

export type CompiledCheck = (ctx: RunContext) => void;

/**
 * A check kind: code that a guideline rule `extends` with options (Vale/ESLint style).
 * `messages` are keyed templates in Dutch and English; checks report a messageId,
 * never a free string.
 */
export type CheckKind<O = unknown> = {
  id: string;
  description: Template;
  options: z.ZodType<O>;
  messages: Record<string, Template>;
  compile(options: O, context: CompileContext): CompiledCheck;
};

/** Helper that keeps the options type attached to the kind. */
export function defineKind<O>(kind: CheckKind<O>): CheckKind<O> {
  return kind;
}
