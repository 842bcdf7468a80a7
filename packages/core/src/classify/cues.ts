/**
 * Cue phrases (the guideline's and Leidraad's built-in ones) compiled into one lookup
 * keyed by first word, so matching costs one map probe per word whatever the number of cues.
 *
 * Phrase syntax: words separated by spaces; a trailing `*` matches a word beginning
 * (at least four letters before it); a leading `^` only matches at the start of a sentence;
 * `#word` only matches a hashtag; `<n>` matches a number. A phrase with other punctuation
 * ("?", "!!", "<3", emoji, "really?") matches as a substring, case-insensitively.
 */
import { cueKey, type Features } from './features.js';

export type CueSource = 'guideline' | 'builtin';

export type RawCue = { situation: number; phrase: string; weight: number; source: CueSource };

type Cue = {
  situation: number;
  weight: number;
  source: CueSource;
  text: string;
  /** Word keys; '<n>' is a number slot. */
  parts: string[];
  prefixLast: boolean;
  atStart: boolean;
  hashtag: boolean;
};

type SubstringCue = { situation: number; weight: number; source: CueSource; text: string };

export type Hit = {
  situation: number;
  weight: number;
  source: CueSource;
  text: string;
  start: number;
  end: number;
};

export type CueMatcher = { match(features: Features, lower: string): Hit[] };

const NUMBER = '<n>';
const PREFIX_KEY = 4;
const WORD_PHRASE = /^[\^#]?(?:<n>|[\p{L}\p{N}'\u2019]+\*?)(?: (?:<n>|[\p{L}\p{N}'\u2019]+\*?))*$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

function isDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function compileCues(raw: readonly RawCue[], numberWords: readonly string[]): CueMatcher {
  const numbers = new Set(numberWords.map((w) => w.toLowerCase()));
  const isNumber = (key: string) => isDigits(key) || numbers.has(key);
  const byFirst = new Map<string, Cue[]>();
  const byPrefix = new Map<string, Cue[]>();
  const numberFirst: Cue[] = [];
  const substrings = new Map<string, SubstringCue>();
  const seen = new Map<string, Cue>();

  for (const r of raw) {
    const text = r.phrase.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!text) continue;
    if (!HAS_WORD.test(text) || !WORD_PHRASE.test(text)) {
      const id = `${r.situation}\0${text}`;
      const prev = substrings.get(id);
      if (!prev || prev.weight < r.weight)
        substrings.set(id, { situation: r.situation, weight: r.weight, source: r.source, text });
      continue;
    }
    const atStart = text.startsWith('^');
    const hashtag = text.startsWith('#');
    const body = atStart || hashtag ? text.slice(1) : text;
    const parts = body.split(' ').map((p) => (p === NUMBER ? p : cueKey(p)));
    const last = parts[parts.length - 1] as string;
    const prefixLast = last.endsWith('*') && last.length > PREFIX_KEY;
    if (prefixLast) parts[parts.length - 1] = last.slice(0, -1);
    else if (last.endsWith('*')) parts[parts.length - 1] = last.slice(0, -1);
    const id = `${r.situation}\0${atStart}${hashtag}${prefixLast}\0${parts.join(' ')}`;
    const prev = seen.get(id);
    if (prev) {
      if (prev.weight < r.weight) {
        prev.weight = r.weight;
        prev.source = r.source;
      }
      continue;
    }
    const cue: Cue = {
      situation: r.situation,
      weight: r.weight,
      source: r.source,
      text,
      parts,
      prefixLast,
      atStart,
      hashtag,
    };
    seen.set(id, cue);
    const first = parts[0] as string;
    if (first === NUMBER) numberFirst.push(cue);
    else if (prefixLast && parts.length === 1) push(byPrefix, first.slice(0, PREFIX_KEY), cue);
    else push(byFirst, first, cue);
  }
  const substringCues = [...substrings.values()];

  function matchesAt(cue: Cue, features: Features, i: number): number {
    const { tokens } = features;
    const first = tokens[i];
    if (!first) return -1;
    if (cue.atStart && !first.atStart) return -1;
    if (cue.hashtag && !first.hashtag) return -1;
    const n = cue.parts.length;
    for (let j = 0; j < n; j++) {
      const token = tokens[i + j];
      if (!token) return -1;
      const part = cue.parts[j] as string;
      if (part === NUMBER) {
        if (!isNumber(token.key)) return -1;
      } else if (j === n - 1 && cue.prefixLast) {
        if (!token.key.startsWith(part)) return -1;
      } else if (token.key !== part) return -1;
    }
    return (tokens[i + n - 1] as { end: number }).end;
  }

  function collect(cues: Cue[] | undefined, features: Features, i: number, hits: Hit[]): void {
    if (!cues) return;
    const first = (features.tokens[i] as { start: number }).start;
    for (const cue of cues) {
      const end = matchesAt(cue, features, i);
      if (end < 0) continue;
      const start = cue.hashtag ? first - 1 : first;
      hits.push({
        situation: cue.situation,
        weight: cue.weight,
        source: cue.source,
        text: features.text.slice(start, end),
        start,
        end,
      });
    }
  }

  return {
    match(features, lower) {
      const hits: Hit[] = [];
      const { tokens } = features;
      for (let i = 0; i < tokens.length; i++) {
        const key = (tokens[i] as { key: string }).key;
        collect(byFirst.get(key), features, i, hits);
        if (key.length >= PREFIX_KEY)
          collect(byPrefix.get(key.slice(0, PREFIX_KEY)), features, i, hits);
        if (numberFirst.length > 0 && isNumber(key)) collect(numberFirst, features, i, hits);
      }
      for (const cue of substringCues) {
        const at = lower.indexOf(cue.text);
        if (at < 0) continue;
        const end = at + cue.text.length;
        hits.push({
          situation: cue.situation,
          weight: cue.weight,
          source: cue.source,
          text: features.text.slice(at, end),
          start: at,
          end,
        });
      }
      return hits;
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
