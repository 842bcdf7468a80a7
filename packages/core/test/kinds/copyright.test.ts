import { describe, expect, it } from 'vitest';
import { copyrightKind } from '../../src/kinds/copyright.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { AssetEntry, CheckInput, Media } from '../../src/kinds/types.js';

const assets: AssetEntry[] = [
  { id: 'perron', owner: 'Spoorland', licence: 'own' },
  {
    id: 'brug',
    owner: 'Jan Jansen',
    licence: 'CC BY 4.0',
    attribution: 'Foto: Jan Jansen / CC BY 4.0',
  },
  { id: 'stock', owner: 'Beeldbank BV', licence: 'rights-managed', expires: '2025-06-30' },
  { id: 'team', owner: 'Spoorland', licence: 'own', portraitConsent: false },
  { id: 'team-ok', owner: 'Spoorland', licence: 'own', portraitConsent: true },
];

const post = (text: string, media: Media[], date = '2025-06-01'): CheckInput => ({
  text,
  as: 'corporate',
  media,
  date,
});
const run = (input: CheckInput, options = {}, lang: 'nl' | 'en' = 'nl') =>
  runKind(copyrightKind, options, input, { lang, context: { assets } });
const ids = (input: CheckInput, options = {}) =>
  run(input, options).map((f) => [f.messageId, f.start, f.end]);

describe('copyright: valid', () => {
  it.each([
    ['nl: own image', post('Ons nieuwe perron', [{ src: 'perron.jpg', asset: 'perron' }])],
    [
      'nl: credited in the text',
      post('De brug bij zonsopgang. Foto: Jan Jansen / CC BY 4.0', [{ asset: 'brug' }]),
    ],
    [
      'en: owner named in the media attribution',
      post('The bridge at dawn', [{ asset: 'brug', attribution: 'Photo by jan jansen' }]),
    ],
    [
      'en: licence used up to its last day',
      post('Summer sale', [{ asset: 'stock', attribution: 'Beeldbank BV' }], '2025-06-30'),
    ],
    ['nl: portrait consent given', post('Ons team', [{ asset: 'team-ok' }])],
    ['no media', post('Alleen tekst', [])],
  ])('%s', (_name, input) => {
    expect(run(input)).toEqual([]);
  });
});

describe('copyright: invalid', () => {
  it('nl: media without asset or with an unknown asset', () => {
    const input = post('Kijk', [{ src: 'internet.jpg' }, { src: 'x.png', asset: 'onbekend' }]);
    expect(ids(input)).toEqual([
      ['unregistered', 0, 0],
      ['unregistered', 0, 0],
    ]);
    expect(run(input)[0]?.message).toContain('Auteurswet kent geen "fair use"');
  });

  it('en: expired licence', () => {
    const input = post(
      'Sale',
      [{ src: 'sale.jpg', asset: 'stock', attribution: 'Beeldbank BV' }],
      '2025-07-01',
    );
    const f = run(input, {}, 'en');
    expect(f.map((r) => [r.messageId, r.start, r.end])).toEqual([['expired', 0, 0]]);
    expect(f[0]?.message).toBe(
      'The licence for "sale.jpg" (stock) expired on 2025-06-30; this image may no longer be used.',
    );
  });

  it('nl: attribution missing', () => {
    const input = post('De brug bij zonsopgang', [{ src: 'brug.jpg', asset: 'brug' }]);
    const f = run(input);
    expect(f.map((r) => r.messageId)).toEqual(['unattributed']);
    expect(f[0]?.message).toContain('zet "Foto: Jan Jansen / CC BY 4.0" bij het bericht');
    expect(f[0]?.message).toContain('art. 15a Auteurswet');
  });

  it('en: rights-managed without credit; a custom licence list', () => {
    expect(ids(post('Sale', [{ asset: 'stock' }]))).toEqual([['unattributed', 0, 0]]);
    expect(ids(post('Sale', [{ asset: 'stock' }]), { attributionRequired: [] })).toEqual([]);
  });

  it('nl: recognisable people without portrait consent', () => {
    const f = run(post('Ons team', [{ src: 'team.jpg', asset: 'team' }]));
    expect(f.map((r) => r.messageId)).toEqual(['portrait']);
    expect(f[0]?.message).toContain('portretrecht (art. 19–21 Auteurswet)');
    expect(ids(post('Ons team', [{ asset: 'team' }]), { portrait: false })).toEqual([]);
  });

  it('nl and en: a credit that names no maker', () => {
    const nl = 'Prachtig uitzicht! Foto: Google';
    expect(run(post(nl, [])).map((r) => [r.messageId, r.start, r.end])).toEqual([
      ['vagueSource', 19, 31],
    ]);
    expect(run(post(nl, []))[0]?.message).toContain('"Foto: Google" noemt geen maker');
    const en = 'Source - the internet. Lovely.';
    expect(run(post(en, []), {}, 'en').map((r) => [r.messageId, r.start, r.end])).toEqual([
      ['vagueSource', 0, 21],
    ]);
    expect(run(post(nl, []), { vagueSource: false })).toEqual([]);
  });

  it('credits whatever precedes their last two letters, after links and in any case', () => {
    const found = (text: string) => run(post(text, [])).map((r) => [r.start, r.end]);
    expect(found('Zie https://spoorland.example. Credits: internet')).toEqual([[31, 48]]);
    expect(found("FOTO'S - Google")).toEqual([[0, 15]]);
    expect(found('Foto’s: Google')).toEqual([]);
    expect(found('pic: Google')).toEqual([[0, 11]]);
  });
});

describe('copyright: credits that are fine', () => {
  it.each([
    ['nl', 'Foto: Jan Jansen'],
    ['nl: a named map service', 'Bron: Google Maps'],
    ['en', 'Book your ticket via the internet'],
    ['nl: label inside a longer word', 'Zonnestroomfotobron: internet'],
  ])('%s', (_name, text) => {
    expect(run(post(text, []))).toEqual([]);
  });
});
