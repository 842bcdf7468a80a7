import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCharRun, scanCharRun } from '../../src/kinds/spam/repetition.js';

describe('spam: character runs', () => {
  const pieces = [
    'a',
    'a',
    'a',
    '!',
    '!',
    'b',
    ' ',
    '.',
    '1',
    'é',
    '🔥',
    '☀',
    '\ufe0f',
    '\u200d',
    '🏽',
    'ä',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).chain((parts) =>
    fc.nat({ max: 30 }).map((repeat) => {
      // now and then one piece many times over, to make runs long enough to report
      const i = repeat % Math.max(1, parts.length);
      const run = (parts[i] ?? 'x').repeat(repeat);
      return [...parts.slice(0, i), run, ...parts.slice(i)].join('');
    }),
  );
  const limits = fc.record({
    maxCharRun: fc.nat({ max: 25 }),
    maxEmojiRun: fc.nat({ max: 12 }),
    maxWordRun: fc.constant(5),
    maxPhraseRun: fc.constant(3),
  });

  it('the quick look finds what the unit-by-unit scan finds', () => {
    fc.assert(
      fc.property(text, limits, (t, l) => {
        expect(findCharRun(t, l)).toEqual(scanCharRun(t, l));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a long run in plain text and none in a short one', () => {
    const l = { maxCharRun: 19, maxEmojiRun: 9, maxWordRun: 5, maxPhraseRun: 3 };
    expect(findCharRun(`Ja${'!'.repeat(20)} echt`, l)).toEqual({
      start: 2,
      end: 22,
      unit: '!',
      count: 20,
    });
    expect(findCharRun(`Ja${'!'.repeat(19)} echt`, l)).toBeUndefined();
  });
});
