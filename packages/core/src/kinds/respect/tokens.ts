import { cached, type Word, type WordInfo } from './cache.js';
import { add, type Columns, emptyColumns, push, type Tuning } from './columns.js';
import { KIND, TABLE } from './fold.js';
import type { Lexicon } from './lexicon.js';
import { mergeSpaced } from './spaced.js';
import { codeBuffer, learn, leetWord, repeatedWord } from './word-at.js';

/** `http://`, `https://` or `www.` starts at i. */
function isLink(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  if (c === 119)
    return (
      (text.charCodeAt(i + 1) | 32) === 119 &&
      (text.charCodeAt(i + 2) | 32) === 119 &&
      text.charCodeAt(i + 3) === 46
    );
  if ((text.charCodeAt(i + 1) | 32) !== 116 || (text.charCodeAt(i + 2) | 32) !== 116) return false;
  if ((text.charCodeAt(i + 3) | 32) !== 112) return false;
  const j = (text.charCodeAt(i + 4) | 32) === 115 ? i + 5 : i + 4;
  return text.charCodeAt(j) === 58 && text.charCodeAt(j + 1) === 47;
}

function skipTo(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) > 32) j++;
  return j;
}

/**
 * Split a post into words, skipping links and @mentions, and look each word up as it
 * is read: lower case, no diacritics, leet digits read as letters, a letter typed three
 * times or more cut to two (and, for look-up, to one). `tuning` is undefined when the
 * rule adds or allows no words. The columns are shared from post to post.
 */
export function tokenize(lex: Lexicon, text: string, tuning: Tuning | undefined): Columns {
  const len = text.length;
  const codes = codeBuffer(len);
  const col = emptyColumns();
  const seen = lex.seen;
  // imported tables as locals, and K's classes and the hash's seed and step (HASH_SEED,
  // HASH_PRIME) as literals: an imported constant is a module variable to the compiler,
  // loaded and converted again on every character
  const kinds = KIND;
  const fold = TABLE;
  const letter = 1;
  const digit = 2;
  const leetSign = 3;
  const sentenceEnd = 4;
  const clauseEnd = 5;
  const quote = 6;
  const apostrophe = 7;
  const at = 8;
  const prime = 16777619;
  let sentence = 0;
  let clause = 0;
  let quoted = 0;
  let singles = 0;
  let spaced = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const kind = kinds[c] as number;
    if (kind === letter || kind === digit) {
      if (((c | 32) === 104 || (c | 32) === 119) && isLink(text, i)) {
        // `| 0`: a call's result is any number to the compiler, and would keep the
        // position boxed in both loops
        i = skipTo(text, i) | 0;
        continue;
      }
      const start = i;
      let letters = false;
      let leet = false;
      let h = -2128831035;
      let size = 0;
      // the last two folded codes, to find a letter typed three times or more
      let prev = -1;
      let prev2 = -1;
      let triple = false;
      while (i < len) {
        let d = text.charCodeAt(i);
        if (((d | 32) - 97) >>> 0 < 26) {
          // a plain ASCII letter, folded to lower case with no table and no branch on
          // case (capitals start sentences and names)
          d |= 32;
          letters = true;
        } else {
          const k = kinds[d] as number;
          if (k === letter) letters = true;
          else if (k === digit || ((k === leetSign || k === at) && i > start)) leet = true;
          else if (k !== apostrophe || i + 1 >= len || kinds[text.charCodeAt(i + 1)] !== letter)
            break;
          if (d < 0x250) d = fold[d] as number;
          else if (d === 0x2019 || d === 0x2018) d = 39;
        }
        // one test, no branch on every double letter (Dutch has many: ee, oo, aa)
        const third = ((d ^ prev) | (d ^ prev2)) === 0;
        prev2 = prev;
        prev = d;
        if (third) triple = true;
        else {
          codes[size++] = d;
          h = Math.imul(h ^ d, prime);
        }
        i++;
      }
      const e = letters && leet ? -1 : triple ? -1 : cached(seen, codes, size, h);
      // its record at RECORD * e, its flags at FLAGS and mask at MASK, written as numbers
      if (e >= 0 && seen.records[8 * e + 5] === 0 && tuning === undefined) {
        // a plain known word: what it means is in its record
        const mask = seen.records[8 * e + 4] as number;
        push(seen.entries[e] as Word, mask, 0, start, i, sentence, clause, quoted, false);
      } else {
        const info =
          e >= 0
            ? (seen.entries[e] as WordInfo)
            : letters && leet
              ? leetWord(lex, text, start, i)
              : triple
                ? repeatedWord(lex, codes, size)
                : learn(lex, codes, size, h);
        add(info, tuning, start, i, sentence, clause, quoted);
      }
      singles = i - start === 1 ? singles + 1 : 0;
      if (singles >= 3) spaced = true;
      continue;
    }
    if (kind === at) {
      // an @mention is a handle, not a word of the post
      i = skipTo(text, i) | 0;
      continue;
    }
    if (kind === sentenceEnd) {
      sentence++;
      clause++;
    } else if (kind === clauseEnd) clause++;
    else if (kind === quote) quoted ^= 1;
    i++;
  }
  if (spaced) mergeSpaced(lex, text, tuning, col);
  return col;
}
