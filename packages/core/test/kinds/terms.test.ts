import { describe, expect, it } from 'vitest';
import { runKind } from '../../src/kinds/run-kind.js';
import { termsKind } from '../../src/kinds/terms.js';
import type { TermEntry } from '../../src/kinds/types.js';

const LISTS: Record<string, TermEntry[]> = {
  confidential: [
    { term: 'Project Zeus', note: 'Codenaam; nog niet aangekondigd.' },
    { term: 'Spoorbrein' },
    { term: 'Q3-omzet' },
  ],
};
const context = { termList: (name: string) => LISTS[name] };
const run = (text: string, options: object = { list: 'confidential' }, lang: 'nl' | 'en' = 'nl') =>
  runKind(termsKind, options, text, { lang, context });

describe('terms: valid', () => {
  it.each([
    ['nl: ordinary post', 'Vandaag rijden de treinen weer volgens de dienstregeling.'],
    ['nl: parts of terms only', 'Het spoor is vrij en mijn brein is moe.'],
    ['nl: a number, not leetspeak', 'Om 3 uur is de omzet van de kantine geteld.'],
    ['en: ordinary post', 'The train to Zwolle was on time, thanks!'],
    ['en: mythology, not the project', 'Zeus was the king of the Greek gods.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('no list and no terms: nothing to find', () => {
    expect(run('Project Zeus', {})).toEqual([]);
    expect(run('Project Zeus', { list: 'unknown' })).toEqual([]);
  });
});

describe('terms: invalid', () => {
  it('nl: a listed term, with its note and exact span', () => {
    expect(run('Morgen lanceren we Project Zeus!')).toEqual([
      expect.objectContaining({
        rule: 'terms',
        messageId: 'term',
        start: 19,
        end: 31,
        message:
          '“Project Zeus” staat op een lijst van de richtlijn en hoort niet in een bericht. Codenaam; nog niet aangekondigd.',
      }),
    ]);
  });

  it('en: a disguised term (spaced, leet), message in English', () => {
    const text = 'Big news: S p 0 0 r b r 3 i n goes live';
    expect(run(text, { list: 'confidential' }, 'en')).toEqual([
      expect.objectContaining({
        messageId: 'variant',
        start: 10,
        end: 29,
        message:
          '“S p 0 0 r b r 3 i n” is another way of writing “Spoorbrein”, which does not belong in a post.',
      }),
    ]);
  });

  it('nl: zero-width characters and look-alike letters', () => {
    const text = 'De Q3\u200B-оmzet is binnen'; // Cyrillic о
    const [f] = run(text);
    expect(f).toMatchObject({ messageId: 'variant', start: 3, end: 12 });
    expect(text.slice(f?.start, f?.end)).toBe('Q3\u200B-оmzet');
  });

  it('en: inline terms with a note, besides a list', () => {
    const findings = run(
      'Meeting with Bakker Logistiek about Spoorbrein',
      { list: 'confidential', terms: ['Bakker Logistiek', { term: 'Orion', note: 'Client.' }] },
      'en',
    );
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [13, 29],
      [36, 46],
    ]);
  });

  it('nl: compounds and inflections', () => {
    expect(run('Het Spoorbreinteam en de Zeussen', { terms: ['Spoorbrein', 'Zeus'] })).toEqual([
      expect.objectContaining({ start: 4, end: 14 }),
      expect.objectContaining({ start: 25, end: 32 }),
    ]);
  });

  it('options: shortLength makes short terms whole-word only', () => {
    expect(run('de marsepein', { terms: ['Mars'] })).toEqual([]);
    expect(
      run('de marsepein', { terms: ['Mars'], shortLength: 3, minCompoundLength: 4 }),
    ).toHaveLength(1);
  });
});
