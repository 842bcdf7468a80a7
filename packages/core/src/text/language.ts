import functionWords from '../../data/language/function-words.json' with { type: 'json' };
import type { Lang } from '../i18n.js';
import type { Word } from './words.js';

const NL = new Set(functionWords.nl);
const EN = new Set(functionWords.en);

/**
 * Guess whether a post is Dutch or English from its function words; returns
 * `fallback` when the evidence is too thin (short posts, names only).
 */
export function detectLanguage(words: readonly Word[], fallback: Lang): Lang {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (NL.has(w.lower)) nl++;
    if (EN.has(w.lower)) en++;
  }
  if (nl === en) return fallback;
  if (Math.max(nl, en) < 2 && Math.abs(nl - en) < 2) return fallback;
  return nl > en ? 'nl' : 'en';
}
