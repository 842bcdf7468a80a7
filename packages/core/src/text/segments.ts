import type { Word } from './words.js';

/**
 * Sentence and clause numbers per word, derived from the characters between
 * consecutive words (one pass over the gaps, no regex). A sentence ends at
 * `. ! ?` or a line break; a clause also ends at `, ; : ( ) –`.
 */
export type Segments = { sentence: Uint16Array; clause: Uint16Array };

let lastText = '';
let lastWords: readonly Word[] | undefined;
let last: Segments | undefined;

/**
 * Segments of a post's words. Several checks ask for the same post's segments: the last
 * result is kept and returned again for the same text and words (do not modify it).
 */
export function segments(text: string, words: readonly Word[]): Segments {
  if (words === lastWords && text === lastText && last !== undefined) return last;
  last = computeSegments(text, words);
  lastText = text;
  lastWords = words;
  return last;
}

function computeSegments(text: string, words: readonly Word[]): Segments {
  const n = words.length;
  const sentence = new Uint16Array(n);
  const clause = new Uint16Array(n);
  let s = 0;
  let c = 0;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i] as Word;
    if (i > 0) {
      let sentenceBreak = false;
      let clauseBreak = false;
      for (let p = prevEnd; p < w.start; p++) {
        const ch = text.charCodeAt(p);
        if (ch === 46 || ch === 33 || ch === 63 || ch === 10) sentenceBreak = true;
        else if (ch === 44 || ch === 59 || ch === 58 || ch === 40 || ch === 41 || ch === 0x2013)
          clauseBreak = true;
      }
      if (sentenceBreak) {
        s++;
        c++;
      } else if (clauseBreak) c++;
    }
    sentence[i] = s;
    clause[i] = c;
    prevEnd = w.end;
  }
  return { sentence, clause };
}
