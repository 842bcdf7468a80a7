import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, eachGrapheme } from '../../src/text/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function reference(text: string): [number, number][] {
  return [...segmenter.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
}
function ours(text: string): [number, number][] {
  const out: [number, number][] = [];
  eachGrapheme(text, (start, end) => {
    out.push([start, end]);
    return undefined;
  });
  return out;
}

const pieces = [
  'a',
  'é',
  'e\u0301',
  ' ',
  '\r',
  '\n',
  '\r\n',
  '€',
  '’',
  '—',
  '日',
  'ア',
  'ア\u3099',
  '한',
  '\u1100\u1161',
  '👍',
  '👍🏽',
  '👩‍👩‍👧',
  '❤️',
  '❤',
  '🇳🇱',
  '1️⃣',
  '\u200d',
  '\ufe0f',
  '\u0600',
  'Ω',
  'Ж',
  '\u0483',
  '\u00ad',
  'x\u200d👍',
  '❤\u200d🔥',
  '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}',
  '\u0300',
  '🇳',
  '\u{1f3fb}',
  '©\ufe0f',
  '\t',
  '𝐀',
  '\u{1f1e6}\u0301',
];

describe('eachGrapheme', () => {
  it('agrees with Intl.Segmenter on mixed text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Intl.Segmenter on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (text) => {
        expect(ours(text)).toEqual(reference(text));
      }),
    );
  });

  it('counts ZWJ sequences, flags and CR LF as one', () => {
    expect(countGraphemes('👩‍👩‍👧🇳🇱\r\nab')).toBe(5);
    expect(countGraphemes('abc', 1, 3)).toBe(2);
  });

  it('stops when the visitor returns true', () => {
    expect(eachGrapheme('abcdef', (start) => start === 2)).toBe(3);
  });
});
