import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgNames } from '../../src/kinds/disclosure/name-matcher.js';
import { findEntities, findHashtags } from '../../src/kinds/limits/entities.js';
import { fingerprint, fingerprints } from '../../src/text/fingerprint.js';
import { segments } from '../../src/text/segments.js';
import { fold, foldWords } from '../../src/text/word-fold.js';
import { words } from '../../src/text/words.js';

describe('fingerprints', () => {
  it('never rules out a word of the list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 30 }),
        (list) => {
          const table = fingerprints(list);
          for (const w of list) expect(table[fingerprint(w)]).toBe(1);
        },
      ),
    );
  });

  it('rules out words of another length or first or last letter', () => {
    const table = fingerprints(['wij', 'ons']);
    expect(table[fingerprint('wij')]).toBe(1);
    expect(table[fingerprint('wijk')]).toBe(0);
    expect(table[fingerprint('ik')]).toBe(0);
    expect(table[fingerprint('')]).toBe(0);
  });
});

describe('findHashtags: the hashtags findEntities finds', () => {
  const pieces = [
    '#',
    '＃',
    '@',
    'a',
    'Z',
    '9',
    '_',
    'é',
    ' ',
    '.',
    '/',
    '&',
    ':',
    'http',
    'www',
    'WwW.',
    '://',
    '😀',
    'x.nl',
    '-',
  ];
  it('on random texts of hashtags, mentions, links and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findHashtags(text)).toEqual(findEntities(text, false).hashtags);
      }),
      { numRuns: 3000 },
    );
  });

  it('on examples with and without links', () => {
    for (const text of [
      '#BlijfThuis en #samensterk @spoorland',
      'zie https://x.example/#anker #echt',
      'www.spoorland.example/#a #b',
      'C# a#b &#x; ##dubbel ＃breed',
    ]) {
      expect(findHashtags(text)).toEqual(findEntities(text, false).hashtags);
    }
  });
});

describe('per-post results shared between checks', () => {
  it('foldWords returns the same folded words for the same words, fresh ones for others', () => {
    const a = words('Café’s en Spoorland');
    const folded = foldWords(a);
    expect(folded).toEqual(a.map((w) => fold(w.lower)));
    expect(foldWords(a)).toBe(folded);
    const b = words('Café’s en Spoorland');
    expect(foldWords(b)).not.toBe(folded);
    expect(foldWords(b)).toEqual(folded);
  });

  it('segments returns the same result for the same text and words only', () => {
    const text = 'Een. Twee, drie';
    const ws = words(text);
    const s = segments(text, ws);
    expect(Array.from(s.sentence)).toEqual([0, 1, 1]);
    expect(Array.from(s.clause)).toEqual([0, 1, 2]);
    expect(segments(text, ws)).toBe(s);
    const other = words('Een twee drie');
    expect(Array.from(segments('Een twee drie', other).sentence)).toEqual([0, 0, 0]);
  });

  it('orgNames compiles once per organisation and finds a post once', () => {
    const org = { name: 'Spoorland', aliases: ['Spoorland Webcare'], addressForm: 'u' as const };
    const m = orgNames(org);
    expect(orgNames(org)).toBe(m);
    const text = 'Ik werk bij #Spoorland en Spoorland Webcare';
    const ws = words(text);
    const hits = m.find(text, ws, foldWords(ws));
    expect(hits.map((h) => [h.name, h.tagged])).toEqual([
      ['Spoorland', true],
      ['Spoorland Webcare', false],
    ]);
    expect(m.find(text, ws, foldWords(ws))).toBe(hits);
    const renamed = { ...org, name: 'Treinland', aliases: [] };
    expect(orgNames(renamed).find(text, ws, foldWords(ws))).toEqual([]);
  });
});
