import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../src/text/phrases.js';
import { foldedPrints, foldWords } from '../../src/text/word-fold.js';
import { words } from '../../src/text/words.js';

describe('phrase matcher', () => {
  const matcher = compilePhrases(['als woordvoerder', 'namens * team', 'wij', 'Café van']);

  it('finds the same hits with the post’s fingerprints as without', () => {
    const alphabet = fc.constantFrom(
      'als',
      'Woordvoerder',
      'namens',
      'het',
      'team',
      'wij',
      'café',
      'van',
      'Cafe',
      '.',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        const ws = words(text);
        const folded = foldWords(ws, text);
        const prints = foldedPrints(ws, text, folded);
        expect(matcher.find(folded, undefined, prints)).toEqual(matcher.find(folded));
      }),
    );
  });

  it('finds phrases with a gap and past ASCII', () => {
    const text = 'Namens het hele team, Café van Wij';
    const ws = words(text);
    const folded = foldWords(ws, text);
    const hits = matcher.find(folded, undefined, foldedPrints(ws, text, folded));
    expect(hits.map((h) => h.phrase)).toEqual(['namens * team', 'Café van', 'wij']);
  });
});
