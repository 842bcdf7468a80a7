import { type Word, words } from '../../text/words.js';

/**
 * Trigger words for a list of phrases: the longest word of each phrase, and the phrase
 * written as one word ("api key" → api, apikey; "wachtwoord van de wifi" → wachtwoord,
 * wachtwoordvandewifi). Wherever a phrase occurs, one of its triggers is among the
 * post's words, so a costly scan for the phrases only runs when one is.
 */
export function triggerWords(phrases: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const p of phrases) {
    const parts = words(p);
    let longest = '';
    for (const w of parts) if (w.lower.length > longest.length) longest = w.lower;
    if (longest) set.add(longest);
    set.add(parts.map((w) => w.lower).join(''));
  }
  return set;
}

export function hasTrigger(tokens: readonly Word[], triggers: ReadonlySet<string>): boolean {
  for (const w of tokens) if (triggers.has(w.lower)) return true;
  return false;
}

/**
 * A map from lower-case words to bit flags that answers "no" fast: a table of
 * (first letter, last letter) pairs is checked before the map, so most words of a
 * post cost two character reads instead of a hash lookup.
 */
export type WordFlags = { get(lower: string): number };

function pairIndex(lower: string): number {
  const a = lower.charCodeAt(0) - 97;
  const b = lower.charCodeAt(lower.length - 1) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25) return 676;
  return a * 26 + b;
}

export function wordFlags(entries: ReadonlyMap<string, number>): WordFlags {
  const pairs = new Uint8Array(677);
  for (const w of entries.keys()) pairs[pairIndex(w)] = 1;
  return {
    get(lower: string): number {
      if (lower.length === 0 || pairs[pairIndex(lower)] === 0) return 0;
      return entries.get(lower) ?? 0;
    },
  };
}
