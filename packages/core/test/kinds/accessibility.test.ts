import { describe, expect, it } from 'vitest';
import { accessibilityKind } from '../../src/kinds/accessibility.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { CheckInput } from '../../src/kinds/types.js';

const run = (input: CheckInput | string, options = {}, lang: 'nl' | 'en' = 'nl') =>
  runKind(accessibilityKind, options, input, { lang });

describe('accessibility: valid', () => {
  it.each([
    ['nl: CamelCase', 'Zorg goed voor elkaar #BlijfGezond #OpgevenIsGeenOptie'],
    ['nl: one compound word', 'Wat doen wij tegen #klimaatverandering? #duurzaamheid #nieuws'],
    ['nl: diminutive, not two words', 'Vrijdag is er een #feestje op het station'],
    ['nl: short hashtags', 'Goedemorgen #ns #trein'],
    ['en: CamelCase and single words', 'Great day #StaySafe #innovation #accessibility'],
    ['en: hashtag inside a link', 'See https://example.com/#stayathome'],
    ['en: digits are left alone', 'Stay informed #covid19update'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('media with alt text', () => {
    expect(
      run({
        text: 'Kijk',
        as: 'personal',
        media: [{ src: 'a.jpg', alt: 'Een trein bij zonsondergang' }],
      }),
    ).toEqual([]);
  });

  it('options switch checks off and add exclusions', () => {
    expect(run('#blijfgezond', { camelCase: false })).toEqual([]);
    expect(run('#blijfgezond', { exclude: ['#BlijfGezond'] })).toEqual([]);
    expect(
      run({ text: '', as: 'personal', media: [{ src: 'a.jpg' }] }, { altText: false }),
    ).toEqual([]);
  });
});

describe('accessibility: invalid', () => {
  it('nl: lower-case phrase hashtags with a safe fix', () => {
    const text = 'Hou vol! #opgevenisgeenoptie en #blijfgezond';
    const f = run(text);
    expect(f.map((r) => [r.messageId, r.start, r.end, r.fix?.text])).toEqual([
      ['camelCase', 9, 28, '#OpgevenIsGeenOptie'],
      ['camelCase', 32, 44, '#BlijfGezond'],
    ]);
    expect(f[1]?.message).toBe(
      'Schrijf elk woord in #blijfgezond met een hoofdletter (#BlijfGezond), anders leest een schermlezer het als één lang woord.',
    );
  });

  it('nl: all caps and a single capital', () => {
    const f = run('#BLIJFTHUIS #Houdafstand');
    expect(f.map((r) => [r.start, r.end, r.fix?.text])).toEqual([
      [0, 11, '#BlijfThuis'],
      [12, 24, '#HoudAfstand'],
    ]);
  });

  it('en: phrase hashtags', () => {
    const text = 'Be kind #staysafe #blacklivesmatter';
    const f = run(text, {}, 'en');
    expect(f.map((r) => [text.slice(r.start, r.end), r.fix?.text])).toEqual([
      ['#staysafe', '#StaySafe'],
      ['#blacklivesmatter', '#BlackLivesMatter'],
    ]);
    expect(f[0]?.message).toBe(
      'Capitalise each word in #staysafe (#StaySafe), or a screen reader reads it as one long word.',
    );
  });

  it('nl and en: media without alt text', () => {
    const input: CheckInput = {
      text: 'Onze nieuwe trein',
      as: 'corporate',
      media: [{ src: 'trein.jpg', alt: '  ' }, { alt: 'Een perron' }, {}],
    };
    const f = run(input);
    expect(f.map((r) => [r.messageId, r.start, r.end])).toEqual([
      ['altText', 0, 0],
      ['altText', 0, 0],
    ]);
    expect(f[0]?.message).toContain('"trein.jpg" heeft geen alt-tekst');
    expect(f[1]?.message).toContain('"#3"');
    expect(run(input, {}, 'en')[0]?.message).toBe(
      '"trein.jpg" has no alt text. Describe what it shows, so people who use a screen reader get it too.',
    );
  });
});
