import addresses from '../../../data/pii/addresses.json' with { type: 'json' };
import cues from '../../../data/pii/case-cues.json' with { type: 'json' };
import type { Word } from '../../text/words.js';
import { triggerWords, wordFlags } from '../scan/triggers.js';

/**
 * One pass over the post's words tells which scanners can find anything: a cue word
 * for case numbers or BSNs, an English street type, a word shaped like an IBAN start,
 * and the words that start with a digit (where numbers, house numbers and postcodes begin).
 */
export const CASE_CUE = 1;
export const BSN_CUE = 2;
export const EN_STREET = 4;
export const IBAN_START = 8;
export const POSTCODE_START = 16;

const TRIGGERS = new Map<string, number>();
function add(words: ReadonlySet<string>, flag: number): void {
  for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | flag);
}
add(triggerWords([...cues.strong, ...cues.weak]), CASE_CUE);
add(triggerWords(cues.bsn), BSN_CUE);
add(new Set(addresses.enStreetTypes.map((t) => t.toLowerCase())), EN_STREET);
const FLAGS = wordFlags(TRIGGERS);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export type WordPass = { flags: number; digitWords: number[] };

/**
 * Fill `out` for these words of `text` (reused between posts to avoid allocation).
 * Characters are read off the post at the word's offsets rather than off the word's own
 * string: the same units, without loading a fresh string per word.
 */
export function wordPass(text: string, tokens: readonly Word[], out: WordPass): WordPass {
  let flags = 0;
  out.digitWords.length = 0;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k];
    if (!w) continue;
    const s = w.start;
    const length = w.end - s;
    const c = text.charCodeAt(s);
    if (isDigit(c)) {
      out.digitWords.push(k);
      if (c !== 48 && length >= 4 && isDigit(text.charCodeAt(s + 3))) flags |= POSTCODE_START;
      continue;
    }
    if (
      length >= 4 &&
      isLetter(c) &&
      isDigit(text.charCodeAt(s + 2)) &&
      isLetter(text.charCodeAt(s + 1))
    ) {
      flags |= IBAN_START;
    }
    flags |= FLAGS.get(w.lower);
  }
  out.flags = flags;
  return out;
}
