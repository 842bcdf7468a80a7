import { z } from 'zod';

/** The signals the `spam` kind can report; a rule may switch some off. */
export const SPAM_SIGNALS = [
  'hashtags',
  'links',
  'mentions',
  'shouting',
  'repetition',
  'duplicate',
  'promotional',
] as const;
export type SpamSignal = (typeof SPAM_SIGNALS)[number];

const count = (d: number) => z.number().int().min(0).default(d);
const share = (d: number) => z.number().min(0).max(1).default(d);

export const spamOptions = z
  .object({
    /** Which signals run. */
    signals: z.array(z.enum(SPAM_SIGNALS)).default([...SPAM_SIGNALS]),
    /** More hashtags than this is stuffing. */
    maxHashtags: count(15),
    /** From this many hashtags on, a share of the words above `hashtagShare` is stuffing too. */
    minHashtagsForShare: count(8),
    hashtagShare: share(0.75),
    /** More links than this is stuffing. */
    maxLinks: count(3),
    /** More mentions than this is stuffing (the addressees that open a reply do not count). */
    maxMentions: count(6),
    /** Shouting: at least this many letters, of which at least `shoutShare` upper case. */
    shoutMinLetters: count(30),
    shoutShare: share(0.8),
    /** A run of more than this many all-caps words (2+ letters each) is shouting. */
    maxCapsWords: count(7),
    /** The same character more than this many times in a row (letters, punctuation). */
    maxCharRun: count(19),
    /** The same emoji more than this many times in a row. */
    maxEmojiRun: count(9),
    /** The same word more than this many times in a row. */
    maxWordRun: count(5),
    /** The same phrase of 2–4 words more than this many times in a row. */
    maxPhraseRun: count(3),
    /** Near-duplicate of a recent post: word-shingle Jaccard similarity at or above this. */
    duplicateSimilarity: share(0.7),
    /** Posts shorter than this many words are not compared with recent posts. */
    duplicateMinWords: count(5),
    /** Words per shingle. */
    shingleSize: z.number().int().min(1).max(6).default(3),
    /** Promotional/scam cue score at or above which the post is reported. */
    promotionalScore: z.number().min(0).default(3),
  })
  .prefault({});

export type SpamOptions = z.infer<typeof spamOptions>;
