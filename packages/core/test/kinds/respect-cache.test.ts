import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/kinds/respect/build.js';
import {
  cached,
  hashOf,
  remember,
  type WordInfo,
  wordCache,
} from '../../src/kinds/respect/cache.js';
import { K } from '../../src/kinds/respect/fold.js';
import { tokenize } from '../../src/kinds/respect/tokens.js';

const info = (w: string): WordInfo => ({
  w,
  mask: 0,
  phrases: undefined,
  id: -1,
  typo: false,
  pieces: undefined,
});

/** Every word gets the same hash here, so that only their codes tell them apart. */
const HASH = 12345;

/** Look `w` up with stale codes after it in the buffer, as the tokenizer leaves them. */
function find(cache: ReturnType<typeof wordCache>, w: string): number {
  const codes = new Uint16Array(64).fill(120);
  for (let k = 0; k < w.length; k++) codes[k] = w.charCodeAt(k);
  return cached(cache, codes, w.length, HASH);
}

describe('respect word cache', () => {
  it('tells apart words that share their first codes, short and long', () => {
    const cache = wordCache();
    const words = [
      'a',
      'ab',
      'abcdefg',
      'abcdefgh',
      'abcdefghi',
      'abcdefghij',
      'abcdefghijklmnop',
      'abcdefghijklmnopq',
      'xxxxxxxxxxxx',
      'yyyyyyyyyyyyyyyyyy',
    ];
    for (const w of words) {
      const codes = new Uint16Array(64);
      for (let k = 0; k < w.length; k++) codes[k] = w.charCodeAt(k);
      remember(cache, codes, w.length, HASH, info(w));
    }
    for (const w of words) expect(cache.entries[find(cache, w)]?.w).toBe(w);
    for (const w of [
      'abc',
      'abcdefgx',
      'abcdefghix',
      'abcdefghijklmno',
      'abcdefghijklmnopqr',
      'x',
      'xxxxxxxx',
      'yyyyyyyyyyyyyyyy',
    ])
      expect(find(cache, w)).toBe(-1);
  });

  it('finds a word the tokenizer learned by hashOf: its hash in literals is the same', () => {
    const lex = buildLexicon('nl');
    const words = ['Zwaluwstaart', 'ÉÉNHOORN', 'idioot', 'qwxz'];
    tokenize(lex, words.join(', '), undefined);
    for (const w of ['zwaluwstaart', 'eenhoorn', 'idioot', 'qwxz']) {
      const codes = new Uint16Array(64);
      for (let k = 0; k < w.length; k++) codes[k] = w.charCodeAt(k);
      expect(cached(lex.seen, codes, w.length, hashOf(w))).toBeGreaterThanOrEqual(0);
    }
  });

  it('has the character classes the tokenizer writes as literals', () => {
    expect(K).toEqual({
      other: 0,
      letter: 1,
      digit: 2,
      leet: 3,
      sentenceEnd: 4,
      clauseEnd: 5,
      quote: 6,
      apostrophe: 7,
      at: 8,
    });
  });
});
