import { describe, expect, it } from 'vitest';
import { runKind } from '../../src/kinds/run-kind.js';
import { substitutionKind } from '../../src/kinds/substitution.js';

const options = {
  entries: [
    {
      use: 'klant',
      avoid: ['cliënt', 'afnemer'],
      note: { nl: 'Zo noemen we hen.', en: 'That is what we call them.' },
    },
    { use: 'reiziger', avoid: ['vervoerde persoon'] },
    { use: 'email', avoid: ['e-mail', 'electronic mail'], note: 'House style.' },
  ],
};
const run = (text: string, lang: 'nl' | 'en' = 'nl') =>
  runKind(substitutionKind, options, text, { lang });
const spans = (text: string) => run(text).map((f) => [f.start, f.end, f.fix?.text]);

describe('substitution: valid', () => {
  it.each([
    ['nl', 'Elke klant telt, ook de reiziger.'],
    ['nl: part of a longer word', 'Onze cliëntenraad en afnemersvoorwaarden'],
    ['nl: phrase broken by punctuation', 'Een vervoerde. Persoon'],
    ['en', 'Send us an email.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('empty options', () => {
    expect(runKind(substitutionKind, {}, 'Cliënt')).toEqual([]);
  });
});

describe('substitution: invalid', () => {
  it('nl: words, case and accents, with a fix that keeps the capital', () => {
    const text = 'Cliënt of client? Elke afnemer telt.';
    expect(spans(text)).toEqual([
      [0, 6, 'Klant'],
      [10, 16, 'klant'],
      [23, 30, 'klant'],
    ]);
    expect(run(text)[0]?.message).toBe(
      'Schrijf liever "klant" in plaats van "Cliënt". Zo noemen we hen.',
    );
  });

  it('nl: phrases across spaces', () => {
    const text = 'Elke vervoerde  persoon krijgt bericht';
    expect(spans(text)).toEqual([[5, 23, 'reiziger']]);
    expect(run(text)[0]?.message).toBe(
      'Schrijf liever "reiziger" in plaats van "vervoerde  persoon".',
    );
  });

  it('en: hyphenated and multi-word forms', () => {
    const text = 'Send an E-mail or electronic mail';
    const f = run(text, 'en');
    expect(f.map((r) => [r.messageId, text.slice(r.start, r.end), r.fix?.text])).toEqual([
      ['prefer', 'E-mail', 'Email'],
      ['prefer', 'electronic mail', 'email'],
    ]);
    expect(f[0]?.message).toBe('Prefer "email" to "E-mail". House style.');
  });
});
