import { describe, expect, it } from 'vitest';
import { disclosureKind } from '../../src/kinds/disclosure.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { CompileContext, PostKind } from '../../src/kinds/types.js';

const context: Partial<CompileContext> = {
  org: { name: 'Spoorland', aliases: ['Spoorland'], addressForm: 'u' },
  termList: (n) => (n === 'competitors' ? [{ term: 'RailNu' }, { term: 'Trein & Co' }] : undefined),
};

function check(text: string, as: PostKind = 'personal', lang: 'nl' | 'en' = 'nl') {
  return runKind(disclosureKind, {}, { text, as }, { context, lang });
}

function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length };
}

describe('disclosure: valid', () => {
  const valid: [string, PostKind?][] = [
    ['Ik werk bij Spoorland en ben trots op onze nieuwe treinen!'],
    [
      'De nieuwe treinen van Spoorland zijn prachtig. Ik werk er al tien jaar, want ik werk al jaren bij de spoorwegen.',
    ],
    ['Trots op mijn werkgever @Spoorland: de nieuwe dienstregeling is er.'],
    ['Advertentie | Reis dit weekend voordelig met Spoorland.'],
    ['Betaalde samenwerking met Spoorland: de zomerkaart is er weer.'],
    ['Leuk team hier! #werkenbijSpoorland'],
    ['Mijn collega’s bij Spoorland hebben keihard gewerkt.'],
    ['Wat een mooie zonsondergang vanavond.'],
    ['Proud of the new trains at Spoorland, where I work as an engineer.'],
    ['Spoorland has new trains. I work for them since 2019.'],
    ['My employer Spoorland launched a new timetable today.'],
    ['Paid partnership: travel with Spoorland this summer.'],
    ['Spoorland rijdt vanaf maandag vaker naar Zwolle.', 'corporate'],
    ['Fijn dat u met Spoorland reist!', 'reply'],
  ];
  for (const [text, as] of valid) it(text, () => expect(check(text, as)).toEqual([]));
});

describe('disclosure: invalid', () => {
  it('reports the first mention of the employer when nothing is disclosed', () => {
    const text = 'Nieuwe treinen bij Spoorland! Spoorland doet het goed.';
    const f = check(text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'missing', ...span(text, 'Spoorland') });
    expect(f[0]?.message).toBe(
      'Je noemt Spoorland zonder te vermelden dat je er werkt. Zeg het erbij, bijvoorbeeld: “ik werk bij Spoorland”.',
    );
  });

  it('finds the employer as #hashtag, @mention, possessive and without diacritics', () => {
    const tag = 'Mooie dag op het spoor #Spoorland';
    expect(check(tag)).toMatchObject([{ messageId: 'missing', ...span(tag, '#Spoorland') }]);
    const mention = 'Dank @SpoorlandNL voor de snelle hulp';
    expect(check(mention)).toMatchObject([
      { messageId: 'missing', ...span(mention, '@SpoorlandNL') },
    ]);
    const possessive = "Spoorland's nieuwe app is top";
    expect(check(possessive)).toMatchObject([{ messageId: 'missing', start: 0, end: 11 }]);
    const upper = 'Reis met SPOORLAND!';
    expect(check(upper)).toMatchObject([{ messageId: 'missing', ...span(upper, 'SPOORLAND') }]);
  });

  it('a bare #ad or #spon is a weak label', () => {
    const text = 'Reis deze zomer met Spoorland! #ad';
    const f = check(text);
    expect(f).toMatchObject([{ messageId: 'weakLabel', ...span(text, 'Spoorland') }]);
    expect(f[0]?.message).toBe(
      '“#ad” alleen maakt niet duidelijk genoeg dat je bij Spoorland werkt. Schrijf het uit, bijvoorbeeld: “ik werk bij Spoorland”.',
    );
    const spon = '#spon Nieuwe treinen van Spoorland';
    expect(check(spon)).toMatchObject([{ messageId: 'weakLabel', start: 25, end: 34 }]);
  });

  it('English: no statement of the relationship', () => {
    const text = 'Great news: Spoorland adds more trains this summer!';
    const f = check(text, 'personal', 'en');
    expect(f).toMatchObject([{ messageId: 'missing', ...span(text, 'Spoorland') }]);
    expect(f[0]?.message).toBe(
      'You mention Spoorland without saying that you work there. State it, for example: “I work at Spoorland”.',
    );
    const weak = 'Travel with Spoorland this summer #sponsored';
    expect(check(weak, 'personal', 'en')).toMatchObject([
      {
        messageId: 'weakLabel',
        ...span(weak, 'Spoorland'),
        message: expect.stringContaining('#sponsored'),
      },
    ]);
  });

  it('any statement of a working relationship counts; the employer named in it is not checked', () => {
    expect(check('Ik werk bij de gemeente en reis met Spoorland.')).toEqual([]);
  });
});
