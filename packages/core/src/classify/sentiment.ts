/**
 * Sentiment of a message: positive, negative or neutral, with a score in −1…1 and the
 * cues (words, emoji, emoticons) that moved it. A lexicon method with Dutch and English
 * negation ("niet goed", "geen probleem", "not bad"), intensifiers and diminishers
 * ("heel blij", "a bit slow"), contrast ("…, maar …" weighs the second clause more),
 * emoji and emoticons, shouting and exclamation marks, and a neutral band: a message
 * needs a clear balance of opinion to count as positive or negative.
 * Pure and browser-safe; the word polarity comes from ./sentiment-lexicon.ts.
 */
import emojiData from '../../data/sentiment/emoji.json' with { type: 'json' };
import modifierData from '../../data/sentiment/modifiers.json' with { type: 'json' };
import params from '../../data/sentiment/params.json' with { type: 'json' };
import type { Lang } from '../i18n.js';
import type { Word } from '../text/words.js';
import { hasElongation, polarity } from './sentiment-lexicon.js';

export type SentimentLabel = 'positive' | 'negative' | 'neutral';
export type SentimentCue = { text: string; start: number; end: number; weight: number };
export type Sentiment = { label: SentimentLabel; score: number; cues: SentimentCue[] };

type Modifiers = {
  negators: Set<string>;
  /** Words after which a negator does not negate: "niet alleen … maar ook", "not only". */
  notNegating: Set<string>;
  scale: Map<string, number>;
  contrast: Set<string>;
  /** Words after which a contrast word adds rather than contrasts: "maar ook", "but also". */
  notContrasting: Set<string>;
};

function modifiers(m: {
  negators: string[];
  notNegating: string[];
  intensifiers: Record<string, number>;
  diminishers: Record<string, number>;
  contrast: string[];
  notContrasting: string[];
}): Modifiers {
  return {
    negators: new Set(m.negators),
    notNegating: new Set(m.notNegating),
    scale: new Map([...Object.entries(m.intensifiers), ...Object.entries(m.diminishers)]),
    contrast: new Set(m.contrast),
    notContrasting: new Set(m.notContrasting),
  };
}

const MODIFIERS: Record<Lang, Modifiers> = {
  nl: modifiers(modifierData.nl),
  en: modifiers(modifierData.en),
};

const EMOJI = new Map<number, number>();
for (const [e, w] of Object.entries(emojiData.emoji)) EMOJI.set(e.codePointAt(0) ?? 0, w);

/** Emoticons by their first character, longest first. */
const EMOTICONS = new Map<number, [string, number][]>();
for (const [e, w] of Object.entries(emojiData.emoticons)) {
  const first = e.charCodeAt(0);
  const list = EMOTICONS.get(first) ?? [];
  list.push([e, w]);
  list.sort((a, b) => b[0].length - a[0].length);
  EMOTICONS.set(first, list);
}
/** 1 for ASCII characters that can start an emoticon, so the scan skips the rest cheaply. */
const EMOTICON_START = new Uint8Array(128);
for (const first of EMOTICONS.keys()) if (first < 128) EMOTICON_START[first] = 1;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/** True when the gap text[from, to) ends a clause (sentence mark, comma, colon, line break). */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 44 || c === 58 || c === 10)
      return true;
  }
  return false;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Offset of the next whitespace at or after `i`, or the text's length. */
function nextSpace(text: string, i: number): number {
  const n = text.length;
  while (i < n && !isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Shouted ("SCHANDE") or drawn out ("mooooi"): the word is stressed. */
function emphasised(w: Word): boolean {
  if (hasElongation(w.lower)) return true;
  return w.end - w.start >= 3 && w.text !== w.lower && w.text === w.text.toUpperCase();
}

/** Emoji and emoticon cues, weighted on the word scale. */
function symbolCues(text: string, cues: SentimentCue[]): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2300) {
      const cp = text.codePointAt(i) ?? c;
      const w = EMOJI.get(cp);
      const len = cp > 0xffff ? 2 : 1;
      if (w !== undefined) {
        cues.push({
          text: text.slice(i, i + len),
          start: i,
          end: i + len,
          weight: w * params.emojiScale,
        });
      }
      i += len - 1;
      continue;
    }
    if (c >= 128 || EMOTICON_START[c] === 0) continue;
    const list = EMOTICONS.get(c);
    if (list === undefined || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) continue;
    for (const [e, w] of list) {
      if (!text.startsWith(e, i)) continue;
      const after = text.charCodeAt(i + e.length);
      if (after === 47 || (i + e.length < n && isAlnum(after))) continue;
      cues.push({ text: e, start: i, end: i + e.length, weight: w * params.emojiScale });
      i += e.length - 1;
      break;
    }
  }
}

/** "http:", "https:" or "www." starts a link, whose words say nothing about the writer. */
function isLinkStart(lower: string, after: number): boolean {
  return (
    ((lower === 'http' || lower === 'https') && after === 58) || (lower === 'www' && after === 46)
  );
}

/** True when the word after `i` carries polarity. */
function next(words: readonly Word[], i: number, lang: Lang): boolean {
  const w = words[i + 1];
  return w !== undefined && polarity(w.lower, lang) !== 0;
}

function countExclamations(text: string): number {
  let count = 0;
  for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) count++;
  return count;
}

export function sentiment(text: string, words: readonly Word[], lang: Lang): Sentiment {
  const mods = MODIFIERS[lang];
  const cues: SentimentCue[] = [];
  let negateLeft = 0;
  let scale = 1;
  let skipUntil = -1;
  let prevEnd = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.start < skipUntil) continue;
    const at = w.lower;
    if (clauseBreak(text, prevEnd, w.start)) {
      negateLeft = 0;
      scale = 1;
    }
    prevEnd = w.end;
    const before = w.start > 0 ? text.charCodeAt(w.start - 1) : 0;
    if (before === 64) continue; // @mention
    if (isLinkStart(at, text.charCodeAt(w.end))) {
      skipUntil = nextSpace(text, w.end);
      continue;
    }
    if (mods.negators.has(at)) {
      const after = words[i + 1];
      if (after === undefined || !mods.notNegating.has(after.lower))
        negateLeft = params.negationWindow;
      continue;
    }
    if (mods.contrast.has(at)) {
      const after = words[i + 1];
      if (after !== undefined && mods.notContrasting.has(after.lower)) continue;
      for (const cue of cues) cue.weight *= params.contrastBefore;
      negateLeft = 0;
      continue;
    }
    let p = polarity(at, lang);
    const s = mods.scale.get(at);
    // "vreselijk" is an intensifier before an opinion word ("vreselijk mooi"), an opinion alone.
    if (s !== undefined && (p === 0 || next(words, i, lang))) {
      scale *= s;
      continue;
    }
    if (p !== 0) {
      p *= scale;
      if (negateLeft > 0) p *= p > 0 ? -params.negatedPositive : -params.negatedNegative;
      if (emphasised(w)) p *= params.emphasisBoost;
      if (p < 0) p *= params.negativeBias;
      cues.push({ text: w.text, start: w.start, end: w.end, weight: p });
      scale = 1;
    }
    if (negateLeft > 0) negateLeft--;
  }
  symbolCues(text, cues);
  let raw = 0;
  for (const cue of cues) {
    cue.weight = Math.round(cue.weight * 1000) / 1000;
    raw += cue.weight;
  }
  const bangs = countExclamations(text);
  if (bangs > 0) raw *= 1 + params.exclamationStep * Math.min(bangs, params.exclamationMax);
  const label: SentimentLabel =
    raw >= params.positiveAt ? 'positive' : raw <= -params.negativeAt ? 'negative' : 'neutral';
  if (cues.length > 1) cues.sort((a, b) => a.start - b.start);
  return { label, score: Math.tanh(raw / params.squash), cues };
}
