import { cached, HASH_PRIME, HASH_SEED, hashOf, remember, type WordInfo } from './cache.js';
import { LEET_TABLE, TABLE } from './fold.js';
import { infoOf } from './info.js';
import type { Lexicon } from './lexicon.js';

let buffer = new Uint16Array(1024);

/** The buffer the tokenizer folds words into, at least `size` long. */
export function codeBuffer(size: number): Uint16Array {
  if (buffer.length < size) buffer = new Uint16Array(2 * size);
  return buffer;
}

function stringOf(codes: Uint16Array, len: number): string {
  let w = '';
  for (let k = 0; k < len; k += 4096)
    w += String.fromCharCode(...codes.subarray(k, Math.min(len, k + 4096)));
  return w;
}

/** `w` with every run of a letter cut to one. */
function single(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) if (i === 0 || w[i] !== w[i - 1]) out += w[i];
  return out;
}

/** What the word folded into `codes[0..len)` with `hash`, not read before, means; remembered. */
export function learn(lex: Lexicon, codes: Uint16Array, len: number, hash: number): WordInfo {
  const info = infoOf(lex, stringOf(codes, len), undefined);
  remember(lex.seen, codes, len, hash, info);
  return info;
}

/** What the word folded into `codes[0..len)` with `hash` means, remembered. */
export function wordOf(lex: Lexicon, codes: Uint16Array, len: number, hash: number): WordInfo {
  const e = cached(lex.seen, codes, len, hash);
  return e >= 0 ? (lex.seen.entries[e] as WordInfo) : learn(lex, codes, len, hash);
}

/**
 * What a word with a letter typed three times or more means; `codes[0..len)` holds it
 * with such runs cut to two. Not remembered: it is also read with runs cut to one.
 */
export function repeatedWord(lex: Lexicon, codes: Uint16Array, len: number): WordInfo {
  const w = stringOf(codes, len);
  return infoOf(lex, w, single(w));
}

/** What a word typed in leet (h0m0, k4nk3r) means: digits and signs read as letters. */
export function leetWord(lex: Lexicon, text: string, start: number, end: number): WordInfo {
  const codes = codeBuffer(end - start);
  let h = HASH_SEED;
  let len = 0;
  let prev = -1;
  let run = 0;
  let triple = false;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c < 0x250) c = TABLE[c] as number;
    else if (c === 0x2019 || c === 0x2018) c = 39;
    if (c < 128) c = LEET_TABLE[c] as number;
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run > 2) triple = true;
    else {
      codes[len++] = c;
      h = Math.imul(h ^ c, HASH_PRIME);
    }
  }
  return triple ? repeatedWord(lex, codes, len) : wordOf(lex, codes, len, h);
}

/** What letters typed apart and joined ("k a n k e r") mean. */
export function joinedWord(lex: Lexicon, w: string): WordInfo {
  const codes = codeBuffer(w.length);
  for (let k = 0; k < w.length; k++) codes[k] = w.charCodeAt(k);
  return wordOf(lex, codes, w.length, hashOf(w));
}
