import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/text/matcher.js';
import { CARRIERS, EVASION_NAMES, evade, SPOORLAND_TERMS, seeded } from '../support/evasions.js';

const TERMS = [
  'Project Zeus',
  'Zeus',
  'Spoorbrein',
  'Q3-omzet',
  'Ares',
  'Bakker Logistiek',
  'Kompas 2030',
];
const matcher = compileTerms(TERMS);

/** The matched spans as [text, term] pairs. */
function found(text: string): [string, string][] {
  return matcher.match(text).map((m) => [text.slice(m.start, m.end), TERMS[m.term] ?? '']);
}

describe('compileTerms: plain matches', () => {
  it('finds a term with its exact original span (nl and en)', () => {
    expect(matcher.match('Morgen start Spoorbrein echt.')).toEqual([
      { start: 13, end: 23, term: 2 },
    ]);
    expect(found('Big news about Project Zeus today')).toEqual([['Project Zeus', 'Project Zeus']]);
  });

  it('prefers the longest of overlapping terms', () => {
    expect(found('project zeus')).toEqual([['project zeus', 'Project Zeus']]);
  });

  it('matches multi-word terms across any whitespace or punctuation run', () => {
    expect(found('Bakker\n\n  Logistiek')).toEqual([['Bakker\n\n  Logistiek', 'Bakker Logistiek']]);
    expect(found('Bakker-logistiek')).toEqual([['Bakker-logistiek', 'Bakker Logistiek']]);
    expect(found('BakkerLogistiek')).toEqual([['BakkerLogistiek', 'Bakker Logistiek']]);
  });
});

describe('compileTerms: evasions', () => {
  it.each([
    ['ZEUS', 'ZEUS'],
    ['Zëüs', 'Zëüs'],
    ['Ze\u200Bu\u202Es', 'Ze\u200Bu\u202Es'],
    ['Zеus', 'Zеus'], // Cyrillic е
    ['Ｚｅｕｓ', 'Ｚｅｕｓ'],
    ['𝐙𝐞𝐮𝐬', '𝐙𝐞𝐮𝐬'],
    ['Z3u$', 'Z3u$'],
    ['Z e u s', 'Z e u s'],
    ['Z.e.u.s', 'Z.e.u.s'],
    ['Z-e-u-s', 'Z-e-u-s'],
    ['Z_e_u_s', 'Z_e_u_s'],
    ['Zeeeus', 'Zeeeus'],
  ])('catches %s', (text, span) => {
    expect(found(`Wist je van ${text}?`)).toEqual([[span, 'Zeus']]);
  });

  it('catches spaced, dotted and leet multi-word terms', () => {
    expect(found('P r o j e c t  Z e u s')).toEqual([['P r o j e c t  Z e u s', 'Project Zeus']]);
    expect(found('P.r.o.j.e.c.t Zeus!')).toEqual([['P.r.o.j.e.c.t Zeus', 'Project Zeus']]);
    expect(found('Pr0j3ct Z3us')).toEqual([['Pr0j3ct Z3us', 'Project Zeus']]);
    expect(found('Sp00rbr3in')).toEqual([['Sp00rbr3in', 'Spoorbrein']]);
    expect(found('Spoor brein')).toEqual([['Spoor brein', 'Spoorbrein']]);
  });

  it('catches inflections and compounds', () => {
    expect(found("Zeus' plan")).toEqual([['Zeus', 'Zeus']]);
    expect(found('Zeussen en Zeusje')).toEqual([
      ['Zeussen', 'Zeus'],
      ['Zeusje', 'Zeus'],
    ]);
    expect(found('het Zeusproject')).toEqual([['Zeus', 'Zeus']]);
    expect(found('het Zeus-team')).toEqual([['Zeus', 'Zeus']]);
    expect(found('Spoorbreinteam')).toEqual([['Spoorbrein', 'Spoorbrein']]);
    expect(found('projectzeusplanning')).toEqual([['projectzeus', 'Project Zeus']]);
  });

  it('reads digits inside terms and leet digits correctly', () => {
    expect(found('De Q3 omzet is binnen')).toEqual([['Q3 omzet', 'Q3-omzet']]);
    expect(found('Q 3 - o m z e t')).toEqual([['Q 3 - o m z e t', 'Q3-omzet']]);
    expect(found('K0mpas 2030')).toEqual([['K0mpas 2030', 'Kompas 2030']]);
  });
});

describe('compileTerms: no false alarms', () => {
  it.each([
    'De hares renden over het veld.', // short term only on word boundaries
    'Ze us hebben gisteren gebeld.',
    'Deze trein rijdt om 3 uur naar Zeist.',
    'Kompas en kaart mee op wandeling in 2030.',
    'Mail info@example.com over de spoorboekjes.',
    'Thanks for the quick reply, order 30 arrived on time.',
    'Brain freeze after the spoor game.',
  ])('ignores %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps ordinary numbers as numbers (no leet without letters)', () => {
    const m = compileTerms(['Oost']);
    expect(m.match('Om 0057 uur')).toEqual([]);
    expect(m.match('0o5t')).toHaveLength(1);
  });

  it('ignores terms without at least two letters and compiles an empty list', () => {
    expect(compileTerms(['', 'X', '-']).size).toBe(0);
    expect(compileTerms([]).match('anything')).toEqual([]);
  });
});

describe('compileTerms: options', () => {
  it('matches short terms (≤ shortLength) only as whole words', () => {
    expect(compileTerms(['Mars']).match('marsepein')).toEqual([]);
    const loose = compileTerms(['Mars'], { shortLength: 3, minCompoundLength: 4 });
    expect(loose.match('marsepein')).toHaveLength(1);
  });

  it('matches long terms inside compounds only when their edge word is long enough', () => {
    expect(compileTerms(['Orion']).match('het Orionnetwerk')).toHaveLength(1);
    expect(compileTerms(['Orion'], { minCompoundLength: 6 }).match('het Orionnetwerk')).toEqual([]);
  });
});

describe('compileTerms: generated evasions (property)', () => {
  const spoorland = compileTerms(SPOORLAND_TERMS);
  const variant = fc
    .record({
      term: fc.integer({ min: 0, max: SPOORLAND_TERMS.length - 1 }),
      evasions: fc.subarray(EVASION_NAMES, { minLength: 1, maxLength: 3 }),
      carrier: fc.constantFrom(...CARRIERS),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
    })
    .map(({ term, evasions, carrier, seed }) => {
      const v = evade(SPOORLAND_TERMS[term] ?? '', evasions, seeded(seed));
      const [before = '', after = ''] = carrier.split('{x}');
      return { text: before + v + after, start: before.length, end: before.length + v.length };
    });

  it('catches at least 99% of evasion variants, alone and layered', () => {
    const samples = fc.sample(variant, { numRuns: 3000, seed: 7 });
    const caught = samples.filter((v) =>
      spoorland.match(v.text).some((m) => m.start < v.end && m.end > v.start),
    ).length;
    expect(caught / samples.length).toBeGreaterThanOrEqual(0.99);
  });

  it('finds nothing in ordinary Dutch and English sentences', () => {
    const ordinary = [
      'Goedemorgen! De trein van 8.15 uur naar Amsterdam had vandaag tien minuten vertraging.',
      'Wat een mooie dag om met de fiets naar het station te gaan.',
      'Ik heb mijn OV-chipkaart thuis laten liggen, wat nu?',
      'Bedankt voor de snelle reactie, het probleem is opgelost.',
      'Het perron in Utrecht was erg druk door werkzaamheden aan het spoor.',
      'Onze collega’s werken dit weekend aan de bovenleiding bij Zwolle.',
      'Vanavond om 20:00 uur is er een storing tussen Leiden en Den Haag.',
      'De omzet van de bakker op de hoek stijgt, zegt het buurtblad.',
      'Zijn er nog plaatsen vrij in de stiltecoupé?',
      'The 7:42 train to Rotterdam was cancelled again, very disappointing.',
      'Thanks to the friendly conductor who helped my grandmother today!',
      'Is there wifi on the intercity between Groningen and Zwolle?',
      'Our new timetable starts in December; check the app for details.',
      'I lost my scarf on platform 5, does anyone have a lost and found number?',
      'Great to see more bike parking at the station, well done.',
    ];
    for (const text of ordinary) expect([text, spoorland.match(text)]).toEqual([text, []]);
  });
});
