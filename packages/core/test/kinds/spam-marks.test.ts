import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityArrays, findEntities, LINK } from '../../src/kinds/spam/entities.js';
import { lowerPrints } from '../../src/kinds/spam/prints.js';
import { findWordRun, scanWordRun } from '../../src/kinds/spam/repetition.js';
import { IN_ENTITY, IN_LINK, markWords } from '../../src/kinds/spam/skip.js';
import { fingerprint } from '../../src/text/fingerprint.js';
import { words } from '../../src/text/words.js';

const pieces = [
  'Koop',
  'nu',
  'GRATIS',
  ' ',
  ' ',
  '.',
  '#deal',
  '#Ä',
  '@klant',
  '@a@b.nl',
  'https://x.nl/a',
  'www.voorbeeld.nl',
  'İstanbul',
  'İ',
  'BİR',
  'École',
  'ΟΔΟΣ',
  'ﬁ',
  'K',
  '🔥',
  "zo'n",
  '2024',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('spam: per-post arrays', () => {
  it("reads each word's lower-case fingerprint off the post, or off its string where it must", () => {
    fc.assert(
      fc.property(text, (t) => {
        const ws = words(t);
        const prints = lowerPrints(t, ws, new Int32Array(2));
        expect([...prints.subarray(0, ws.length)]).toEqual(ws.map((w) => fingerprint(w.lower)));
      }),
    );
  });

  it('marks the words inside entities and links as a word-by-word test does', () => {
    const e = entityArrays(1);
    let marks: Uint8Array = new Uint8Array(1);
    fc.assert(
      fc.property(text, (t) => {
        const ws = words(t);
        findEntities(t, e);
        marks = markWords(ws, e, marks);
        ws.forEach((w, i) => {
          let want = 0;
          for (let k = 0; k < e.count; k++) {
            if ((e.start[k] as number) <= w.start && w.end <= (e.end[k] as number)) {
              want = e.kind[k] === LINK ? IN_ENTITY | IN_LINK : IN_ENTITY;
            }
          }
          expect(marks[i]).toBe(want);
        });
      }),
    );
  });
});

describe('spam: word runs', () => {
  const word = fc.constantFrom('koop', 'Koop', 'nu', 'NU', 'de', 'trein', 'İ');
  // now and then a unit of one to four words many times over, to make runs long enough
  const post = fc
    .tuple(fc.array(word, { maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 4 }))
    .chain(([parts, unit]) =>
      fc.nat({ max: 8 }).map((repeat) => {
        const at = repeat % (parts.length + 1);
        const run = Array.from({ length: repeat }, () => unit).flat();
        return [...parts.slice(0, at), ...run, ...parts.slice(at)];
      }),
    );
  const limit = fc.nat({ max: 6 });
  it('the quick look finds what the word-by-word scan finds', () => {
    fc.assert(
      fc.property(post, limit, limit, (parts, maxWordRun, maxPhraseRun) => {
        const t = parts.join(' ');
        const ws = words(t);
        const prints = lowerPrints(t, ws, new Int32Array(1));
        const limits = { maxCharRun: 19, maxEmojiRun: 9, maxWordRun, maxPhraseRun };
        expect(findWordRun(t, ws, prints, limits)).toEqual(scanWordRun(t, ws, prints, limits));
      }),
      { numRuns: 2000 },
    );
  });
});
