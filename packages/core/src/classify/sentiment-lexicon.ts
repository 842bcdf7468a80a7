/**
 * Word polarity for sentiment, on a −1…1 scale. Dutch: our own entries
 * (data/sentiment/lexicon-nl.json, surface forms), descriptive words held neutral
 * (data/sentiment/neutral-nl.json), then the CLiPS Pattern lexicon that
 * NLP.js ships (keyed by Snowball stems, so words are stemmed with NLP.js's stemmer).
 * English: our own entries, then AFINN-165 as the `sentiment` package ships it (−5…5).
 * Lookups are memoised per lower-cased word, so stemming runs once per distinct word.
 */

// The packages' own CommonJS entry points: their JSON has keys such as `await` that an
// ESM JSON-to-module transform turns into invalid named exports.
import nlpjsNl from '@nlpjs/lang-nl/src/sentiment/sentiment_nl.js';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js';
import afinnEn from 'sentiment/languages/en/index.js';
import ownEn from '../../data/sentiment/lexicon-en.json' with { type: 'json' };
import ownNl from '../../data/sentiment/lexicon-nl.json' with { type: 'json' };
import neutralNl from '../../data/sentiment/neutral-nl.json' with { type: 'json' };
import type { Lang } from '../i18n.js';

/** Pattern weights closer to zero than this carry no opinion worth a cue. */
const MIN_WEIGHT = 0.2;
const CACHE_LIMIT = 50_000;
const MIN_STEM = 4;

function toMap(entries: Record<string, number>, scale: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const [word, value] of Object.entries(entries)) {
    const w = value / scale;
    if (Math.abs(w) >= MIN_WEIGHT) map.set(word, w);
  }
  return map;
}

const own = { nl: toMap(ownNl, 1), en: toMap(ownEn, 1) };
const neutral = new Set(neutralNl.words);
const stemmedNl = toMap(nlpjsNl.pattern, 1);
const afinn = toMap(afinnEn.labels, 5);
const stemmer = new StemmerNl();
const cache = { nl: new Map<string, number>(), en: new Map<string, number>() };

function lookup(lower: string, lang: Lang): number {
  const mine = own[lang].get(lower);
  if (mine !== undefined) return mine;
  if (lang === 'en') return afinn.get(lower) ?? 0;
  if (lower.length < 3 || neutral.has(lower)) return 0;
  const stem = stemmer.stemWord(lower);
  // Short stems collide across unrelated words ("laten" and "laat" → "lat").
  return stem.length < MIN_STEM ? 0 : (stemmedNl.get(stem) ?? 0);
}

/** `lower` with each run of three or more equal letters cut to `keep` ("mooooi" → "mooi"). */
function squeeze(lower: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    run = i > 0 && lower[i] === lower[i - 1] ? run + 1 : 1;
    if (run <= keep) out += lower[i];
  }
  return out;
}

/** True when a letter is drawn out (three or more in a row): a mark of emphasis. */
export function hasElongation(lower: string): boolean {
  for (let i = 2; i < lower.length; i++) {
    if (lower[i] === lower[i - 1] && lower[i] === lower[i - 2]) return true;
  }
  return false;
}

/** Lookup that also reads drawn-out spellings ("geweldiggg", "neeee") as the plain word. */
function lookupElongated(lower: string, lang: Lang): number {
  const w = lookup(lower, lang);
  if (w !== 0 || !hasElongation(lower)) return w;
  return lookup(squeeze(lower, 2), lang) || lookup(squeeze(lower, 1), lang);
}

/** Polarity of a lower-cased word in `lang`, 0 when it carries none. */
export function polarity(lower: string, lang: Lang): number {
  const memo = cache[lang];
  let w = memo.get(lower);
  if (w === undefined) {
    w = lookupElongated(lower, lang);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(lower, w);
  }
  return w;
}
