import { wordTable } from '../../text/fingerprint.js';
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
 * A map from lower-case words to bit flags that answers "no" fast: words are found by
 * their fingerprint (length, first and last letter), so most words of a post cost two
 * character reads instead of a hash lookup.
 */
export type WordFlags = { get(lower: string): number };

export function wordFlags(entries: ReadonlyMap<string, number>): WordFlags {
  const table = wordTable(entries);
  return {
    get(lower: string): number {
      return table.get(lower) ?? 0;
    },
  };
}
