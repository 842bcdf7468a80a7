import functionWords from '../../data/language/function-words.json' with { type: 'json' };
import type { Lang } from '../i18n.js';
import { wordTable } from './fingerprint.js';
import type { Word } from './words.js';

/** Per function word: 1 when Dutch, 2 when English (3 when both). */
const FUNCTION_WORDS = new Map<string, number>();
for (const w of functionWords.nl) FUNCTION_WORDS.set(w, (FUNCTION_WORDS.get(w) ?? 0) | 1);
for (const w of functionWords.en) FUNCTION_WORDS.set(w, (FUNCTION_WORDS.get(w) ?? 0) | 2);
let longest = 0;
for (const w of FUNCTION_WORDS.keys()) longest = Math.max(longest, w.length);
const LOOKUP = wordTable(FUNCTION_WORDS);

/**
 * Guess whether a post is Dutch or English from its function words; returns
 * `fallback` when the evidence is too thin (short posts, names only).
 */
export function detectLanguage(words: readonly Word[], fallback: Lang): Lang {
  let nl = 0;
  let en = 0;
  for (let i = 0; i < words.length; i++) {
    const lower = (words[i] as Word).lower;
    // longer words are no function word: no look-up (nor hashing) needed
    if (lower.length > longest) continue;
    const bits = LOOKUP.get(lower);
    if (bits === undefined) continue;
    nl += bits & 1;
    en += bits >> 1;
  }
  if (nl === en) return fallback;
  if (Math.max(nl, en) < 2 && Math.abs(nl - en) < 2) return fallback;
  return nl > en ? 'nl' : 'en';
}
