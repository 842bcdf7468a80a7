import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNames, orgNames } from '../../src/kinds/disclosure/name-matcher.js';
import { findEntities, findHashtags } from '../../src/kinds/limits/entities.js';
import { fingerprint, fingerprints, wordTable } from '../../src/text/fingerprint.js';
import { segments } from '../../src/text/segments.js';
import { fold, foldedPrints, foldWords } from '../../src/text/word-fold.js';
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

describe('wordTable', () => {
  it('answers like the map it is built from, for its words and for others', () => {
    const word = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(word, { maxLength: 30 }),
        (list, others) => {
          const map = new Map(list.map((w, i) => [w, i]));
          const table = wordTable(map);
          // fresh strings, as a post's words are
          for (const w of [...list, ...others])
            expect(table.get(`${w} `.slice(0, -1))).toBe(map.get(w));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('tells apart words with the same fingerprint', () => {
    const table = wordTable(
      new Map([
        ['wij', 1],
        ['wkj', 2],
        ['ons', 3],
      ]),
    );
    expect(table.get('wij')).toBe(1);
    expect(table.get('wkj')).toBe(2);
    expect(table.get('wjj')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
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
    'https://',
    'HTTP',
    's',
    '＠',
    '@x',
    '"',
    ')',
    '(',
    'ww',
  ];
  it('on random texts of hashtags, mentions, links and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findHashtags(text)).toEqual(findEntities(text, false).hashtags);
      }),
      { numRuns: 20000 },
    );
  });

  it('on examples with and without links', () => {
    for (const text of [
      '#BlijfThuis en #samensterk @spoorland',
      'zie https://x.example/#anker #echt',
      'www.spoorland.example/#a #b',
      'C# a#b &#x; ##dubbel ＃breed',
      'xhttp://a #b @c@www.d.nl #e (https://f.nl/#g) #h',
      '#http://a.nl #b @www.c.nl#d www.e.nl/#f,#g',
    ]) {
      expect(findHashtags(text)).toEqual(findEntities(text, false).hashtags);
    }
  });
});

describe('foldWords with the post given', () => {
  const piece = fc.constantFrom(
    'Café',
    'cafe',
    'Zo’n',
    "zo'n",
    'NAÏEF',
    'ok',
    ' ',
    '. ',
    '😀',
    'x1',
    'İ',
    '\u212a', // Kelvin sign: lower-cases to an ASCII k
    'e\u0301',
    '\u00a0',
    '#',
    'AbC',
  );

  it('folds like fold, word by word, for ASCII and other posts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const ws = words(text);
        expect(foldWords(ws, text)).toEqual(ws.map((w) => fold(w.lower)));
      }),
      { numRuns: 1000 },
    );
  });

  it('foldedPrints are the fingerprints of the folded words, shared or not', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const ws = words(text);
        const expected = ws.map((w) => fingerprint(fold(w.lower)));
        const shared = foldWords(ws, text);
        expect(Array.from(foldedPrints(ws, text, shared))).toEqual(expected);
        expect(foldedPrints(ws, text, shared)).toBe(foldedPrints(ws, text, shared));
        // folded words of the caller's own: read off the words themselves
        expect(Array.from(foldedPrints(ws, text, [...shared]))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('foldWords of words that are not the tokeniser’s last', () => {
  it('folds and fingerprints as for the tokeniser’s own, finding the words past ASCII itself', () => {
    const piece = fc.constantFrom(
      'Café',
      'ok',
      ' ',
      'Zo’n',
      "zo'n",
      '😀',
      '\u212a',
      'e\u0301',
      'AbC',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const own = [...words(text)];
        const expected = own.map((w) => fold(w.lower));
        const folded = foldWords(own, text);
        expect(folded).toEqual(expected);
        expect(Array.from(foldedPrints(own, text, folded))).toEqual(expected.map(fingerprint));
      }),
      { numRuns: 500 },
    );
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

  it('finds names in tags read off the post and in tags past ASCII by their folded form', () => {
    const m = compileNames(['RailNu', 'Trein & Co']);
    // letters read off the post (ASCII) and off the folded word (diacritics, upper case)
    const text = '#werkenbijRailNu @RAILNU #RaílNú #TreinCoFan #Raïl';
    const ws = words(text);
    expect(m.find(text, ws, foldWords(ws, text)).map((h) => [h.name, h.start, h.end])).toEqual([
      ['RailNu', 0, 16],
      ['RailNu', 17, 24],
      ['RailNu', 25, 32],
      ['Trein & Co', 33, 44],
    ]);
  });
});
