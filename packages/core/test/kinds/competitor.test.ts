import { describe, expect, it } from 'vitest';
import { competitorKind } from '../../src/kinds/competitor.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { CompileContext, PostKind } from '../../src/kinds/types.js';

const context: Partial<CompileContext> = {
  org: { name: 'Spoorland', aliases: ['Spoorland'], addressForm: 'u' },
  termList: (n) =>
    n === 'competitors'
      ? [{ term: 'RailNu' }, { term: 'Trein & Co' }]
      : n === 'rivals'
        ? [{ term: 'Bus Bedrijf' }]
        : undefined,
};

function check(text: string, lang: 'nl' | 'en' = 'nl', options = {}, as: PostKind = 'personal') {
  return runKind(competitorKind, options, { text, as }, { context, lang });
}

function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length };
}

describe('competitor: valid', () => {
  const nl = [
    'RailNu rijdt sinds kort ook naar Groningen.',
    'Knap gedaan door RailNu, mooie nieuwe treinen!',
    'RailNu is niet slecht, eerlijk gezegd.',
    'Helemaal niet slecht, die nieuwe treinen van Trein & Co.',
    'RailNu rijdt vaker. Het weer is vandaag slecht.',
    'Spoorland is slechter dan RailNu op dit traject.',
    'We zijn niet beter dan RailNu, wel anders.',
    'Wat een waardeloos weer vandaag.',
    'Ik nam een bad en daarna de trein van RailNu.',
  ];
  const en = [
    'RailNu is not bad at all.',
    'Congratulations to Trein & Co on the new line!',
    'RailNu opened a new station today.',
    'It is better to book early with RailNu.',
  ];
  for (const text of nl) it(text, () => expect(check(text)).toEqual([]));
  for (const text of en) it(text, () => expect(check(text, 'en')).toEqual([]));
  it('no competitors in the guideline: nothing to find', () => {
    expect(check('RailNu is waardeloos.', 'nl', { list: 'nothing' })).toEqual([]);
  });
});

describe('competitor: invalid', () => {
  it('a competitor with negative evaluation in the same sentence', () => {
    const text = 'Gisteren met RailNu gereisd. RailNu is echt waardeloos.';
    const f = check(text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      messageId: 'negative',
      start: text.lastIndexOf('RailNu'),
      end: text.lastIndexOf('RailNu') + 6,
    });
    expect(f[0]?.message).toBe('Spreek niet negatief over concurrent RailNu (“waardeloos”).');
  });

  it('multi-word names, idioms and warnings', () => {
    const a = 'Trein & Co is een stel oplichters';
    expect(check(a)).toMatchObject([{ messageId: 'negative', start: 0, end: 10 }]);
    const b = 'Die lui van RailNu kunnen er niks van.';
    expect(check(b)).toMatchObject([
      {
        messageId: 'negative',
        ...span(b, 'RailNu'),
        message: expect.stringContaining('kunnen er niks van'),
      },
    ]);
    const d = 'RailNu kan er echt helemaal niks van.';
    expect(check(d)).toMatchObject([{ messageId: 'negative', start: 0, end: 6 }]);
    const c = 'Kijk uit voor #RailNu, nooit meer!';
    expect(check(c)).toMatchObject([{ messageId: 'negative', ...span(c, '#RailNu') }]);
  });

  it('"niet alleen … maar ook slecht" is still negative', () => {
    const text = 'RailNu is niet alleen duur maar ook slecht.';
    expect(check(text)).toMatchObject([{ messageId: 'negative', start: 0, end: 6 }]);
  });

  it('a disparaging comparison', () => {
    const text = 'Wij zijn veel beter dan RailNu!';
    const f = check(text);
    expect(f).toMatchObject([{ messageId: 'comparison', ...span(text, 'RailNu') }]);
    expect(f[0]?.message).toBe(
      '“beter dan RailNu”: deze vergelijking kraakt concurrent RailNu af. Vertel liever wat je zelf goed doet.',
    );
    const fill = 'De service is sneller dan die van Trein & Co.';
    expect(check(fill)).toMatchObject([{ messageId: 'comparison', ...span(fill, 'Trein & Co') }]);
  });

  it('English: scam, garbage, avoid, comparisons', () => {
    const a = 'RailNu is a scam, avoid them.';
    const f = check(a, 'en');
    expect(f).toMatchObject([{ messageId: 'negative', start: 0, end: 6 }]);
    expect(f[0]?.message).toBe('Do not speak negatively about competitor RailNu (“scam”).');
    const b = 'Our trains are way more reliable than RailNu.';
    expect(check(b, 'en')).toMatchObject([{ messageId: 'comparison', ...span(b, 'RailNu') }]);
    const c = 'Trein & Co service was bad again.';
    expect(check(c, 'en')).toMatchObject([{ messageId: 'negative', start: 0, end: 10 }]);
  });

  it('each negative mention is reported, and another term list can be used', () => {
    const text = 'RailNu en Trein & Co zijn allebei prutsers.';
    expect(check(text).map((x) => text.slice(x.start, x.end))).toEqual(['RailNu', 'Trein & Co']);
    const rival = 'Bus Bedrijf is belachelijk duur.';
    expect(check(rival, 'nl', { list: 'rivals' })).toMatchObject([
      { messageId: 'negative', start: 0, end: 11 },
    ]);
  });
});
