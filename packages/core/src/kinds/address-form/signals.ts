import data from '../../../data/address-form/pronouns.json' with { type: 'json' };
import { segments } from '../../text/segments.js';
import type { Word } from '../../text/words.js';
import { inRanges, quotedRanges } from './quotes.js';

/** One pronoun that marks the u-form (`formal`) or the je/jij-form (`informal`). */
export type Signal = { word: Word; formal: boolean };

const formal = new Set(data.formal);
const informal = new Set(data.informal);
const genericPronouns = new Set(data.genericPronouns);
const genericTriggers = new Set(data.genericTriggers);
const notPronounBefore = new Set(data.notPronounBefore);
const genericPhrases = data.genericPhrases.map((p) => {
  const tokens = p.split(' ');
  return { tokens, at: tokens.indexOf('je') };
});

const HYPHEN = 45;
const SLASH = 47;
const DOT = 46;
const AMP = 38;
const HASH = 35;
const AT = 64;
const UNDERSCORE = 95;
const CLOSE_PAREN = 41;

function isLetterOrDigit(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || ((ch | 32) >= 97 && (ch | 32) <= 122) || ch > 127;
}

/** "U-bocht", "auto-je", "p/u", "#je", "u.s.w.", "(u)": a letter or part of something else. */
function glued(text: string, w: Word): boolean {
  const before = w.start > 0 ? text.charCodeAt(w.start - 1) : 32;
  const after = w.end < text.length ? text.charCodeAt(w.end) : 32;
  if (before === HYPHEN || before === SLASH || before === HASH || before === AT) return true;
  if (before === AMP || before === UNDERSCORE) return true;
  if (after === HYPHEN || after === SLASH || after === AMP || after === UNDERSCORE) return true;
  if (after === CLOSE_PAREN) return true;
  if (after === DOT && isLetterOrDigit(text.charCodeAt(w.end + 1))) return true;
  if (before === DOT && w.start > 1 && isLetterOrDigit(text.charCodeAt(w.start - 2))) return true;
  return false;
}

function isNumber(w: Word): boolean {
  for (let i = 0; i < w.lower.length; i++) {
    const ch = w.lower.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

function inGenericPhrase(words: readonly Word[], i: number): boolean {
  for (const p of genericPhrases) {
    const start = i - p.at;
    if (start < 0 || start + p.tokens.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < p.tokens.length && ok; k++) ok = words[start + k]?.lower === p.tokens[k];
    if (ok) return true;
  }
  return false;
}

/**
 * The address-form pronouns of a post, leaving out quoted text, the generic "je"
 * ("als je …", "je weet maar nooit"), diminutives ("auto-je"), the letter u
 * ("U-bocht", "24u", "10 u", "p/u") and text-speak ("thank u").
 */
export function addressSignals(text: string, words: readonly Word[]): Signal[] {
  const out: Signal[] = [];
  let quotes: number[] | undefined;
  let sentence: Uint16Array | undefined;
  let genericSentence = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const isFormal = formal.has(w.lower);
    if (!isFormal && !informal.has(w.lower)) continue;
    if (glued(text, w)) continue;
    quotes ??= quotedRanges(text);
    if (quotes.length > 0 && inRanges(quotes, w.start)) continue;
    const prev = i > 0 ? (words[i - 1] as Word) : undefined;
    if (isFormal) {
      if (w.lower === 'u' && prev) {
        if (notPronounBefore.has(prev.lower)) continue;
        if (isNumber(prev) && w.start - prev.end === 1) continue;
      }
    } else if (genericPronouns.has(w.lower)) {
      sentence ??= segments(text, words).sentence;
      const s = sentence[i] as number;
      if (prev && genericTriggers.has(prev.lower) && sentence[i - 1] === s) {
        genericSentence = s;
        continue;
      }
      if (genericSentence === s || inGenericPhrase(words, i)) continue;
    }
    out.push({ word: w, formal: isFormal });
  }
  return out;
}

const fixToU: Record<string, string> = data.fixToU;
const fixToJij: Record<string, string> = data.fixToJij;

/** The safe one-to-one replacement of a pronoun towards `form`, in the word's case. */
export function replacement(word: Word, form: 'u' | 'jij'): string | undefined {
  const to = (form === 'u' ? fixToU : fixToJij)[word.lower];
  if (to === undefined) return undefined;
  const t = word.text;
  if (t.length > 1 && t === t.toUpperCase()) return to.toUpperCase();
  if (t[0] !== undefined && t[0] !== t[0].toLowerCase()) return to[0]?.toUpperCase() + to.slice(1);
  return to;
}
