import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pastAscii, words } from '../../src/text/words.js';

/** The definition the fast tokenizer must agree with. */
const DEFINITION = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

function reference(text: string) {
  return [...text.matchAll(DEFINITION)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

describe('words', () => {
  it('splits Dutch and English text into words with offsets', () => {
    expect(
      words("Zo'n klant-tevredenheid, customer’s café!").map((w) => [w.text, w.start]),
    ).toEqual([
      ["Zo'n", 0],
      ['klant', 5],
      ['tevredenheid', 11],
      ['customer’s', 25],
      ['café', 36],
    ]);
  });

  it('keeps combining marks and astral letters in words, and emoji out', () => {
    const text = 'cafe\u0301 👍🏽 𝐀𝐁 ok';
    expect(words(text).map((w) => w.text)).toEqual(['cafe\u0301', '𝐀𝐁', 'ok']);
  });

  it('lower-cases each word even when lower-casing changes the length of the text', () => {
    expect(words('İstanbul en ÉÉN').map((w) => w.lower)).toEqual(['i̇stanbul', 'en', 'één']);
  });

  it('agrees with the regular-expression definition on any text', () => {
    const alphabet = fc.constantFrom(..."aZ9 é\u0301'’-.İß👍🏽𝐀\n\u200bКк,".split(''), '👍', '𝐀');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          expect(words(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('tells which words of its last result may hold a unit past ASCII', () => {
    const alphabet = fc.constantFrom(..."aZ9 é'’-.İ👍\nКk".split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
        (text) => {
          const ws = words(text);
          const past = new Set(pastAscii(ws));
          ws.forEach((w, i) => {
            if (/[\u0080-\uffff]/.test(w.text)) expect(past.has(i)).toBe(true);
          });
          expect(pastAscii([...ws])).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
