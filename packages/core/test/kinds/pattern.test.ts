import { describe, expect, it } from 'vitest';
import { nestedQuantifier } from '../../src/kinds/pattern/compile-patterns.js';
import { patternKind } from '../../src/kinds/pattern.js';
import { runKind } from '../../src/kinds/run-kind.js';

const options = {
  patterns: [
    {
      id: 'gratis',
      regex: '\\b(gratis|free)\\b',
      flags: 'i',
      message: { nl: 'Beloof niets gratis.', en: 'Do not promise anything for free.' },
    },
    { id: 'postcode', regex: '\\b[1-9]\\d{3} ?[A-Z]{2}\\b' },
    { id: 'herhaling', regex: '(\\p{L})\\1{3,}', flags: 'u' },
    { id: 'ticket', regex: '(?<nr>TK-\\d+)' },
  ],
};
const run = (text: string, lang: 'nl' | 'en' = 'nl') =>
  runKind(patternKind, options, text, { lang });

describe('pattern: valid', () => {
  it.each([
    ['nl', 'Kom langs op het station, de koffie staat klaar.'],
    ['en', 'We are happy to help, freedom of speech matters.'],
    ['no patterns', ''],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
    expect(runKind(patternKind, {}, 'gratis')).toEqual([]);
  });
});

describe('pattern: invalid', () => {
  it('nl: case-insensitive pattern with its message', () => {
    const f = run('Nu GRATIS koffie!');
    expect(f.map((r) => [r.messageId, r.start, r.end])).toEqual([['match', 3, 9]]);
    expect(f[0]?.message).toBe('"GRATIS": Beloof niets gratis.');
  });

  it('en: message in English', () => {
    expect(run('Free coffee', 'en')[0]?.message).toBe('"Free": Do not promise anything for free.');
  });

  it('nl: several patterns in one scan, with backreferences and named groups', () => {
    const text = 'Adres 1234 AB, jaaaa! Zie TK-42';
    expect(run(text).map((r) => [text.slice(r.start, r.end), r.message])).toEqual([
      ['1234 AB', '"1234 AB": past op een patroon uit de richtlijn'],
      ['aaaa', '"aaaa": past op een patroon uit de richtlijn'],
      ['TK-42', '"TK-42": past op een patroon uit de richtlijn'],
    ]);
  });
});

describe('pattern: compile-time validation', () => {
  const compile = (regex: string, flags?: string) =>
    runKind(
      patternKind,
      { patterns: [{ regex: 'ok' }, { regex, ...(flags ? { flags } : {}) }] },
      '',
    );
  it.each([
    ['(unclosed', /pattern 1 .*Unterminated group/],
    ['a*', /pattern 1 .*matches the empty text/],
    ['(a+)+b', /pattern 1 .*catastrophic backtracking/],
    ['(?:\\w+\\s?)*x', /pattern 1 .*catastrophic backtracking/],
    ['(\\d+){2,}', /pattern 1 .*catastrophic backtracking/],
  ])('rejects %s', (regex, message) => {
    expect(() => compile(regex)).toThrow(message);
  });

  it('rejects flags other than i, m, s, u', () => {
    expect(() => compile('x', 'gy')).toThrow(/pattern 1 .*only the flags i, m, s and u/);
  });

  it('accepts bounded repetition and escaped brackets', () => {
    expect(nestedQuantifier('(ab+){2,3}')).toBe(false);
    expect(nestedQuantifier('\\(a+\\)+')).toBe(false);
    expect(nestedQuantifier('[(]a+[)]+')).toBe(false);
    expect(nestedQuantifier('(a|b)+')).toBe(false);
  });
});
