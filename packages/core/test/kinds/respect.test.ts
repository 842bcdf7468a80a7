import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/kinds/respect/build.js';
import { C, CUE } from '../../src/kinds/respect/categories.js';
import { tokenize } from '../../src/kinds/respect/tokens.js';
import { canFire, read } from '../../src/kinds/respect/words.js';
import { respectKind } from '../../src/kinds/respect.js';
import { runKind } from '../../src/kinds/run-kind.js';

type Case = { text: string; lang?: 'nl' | 'en'; options?: Record<string, unknown> };
type Invalid = Case & { errors: { messageId: string; part: string }[] };

const run = (c: Case) => runKind(respectKind, c.options ?? {}, c.text, { lang: c.lang ?? 'nl' });

const valid: Case[] = [
  // medical, charity and neutral words that start like a swear word
  { text: 'Mijn tante heeft kanker en krijgt nu chemo.' },
  { text: 'Steun het kankeronderzoek van KWF Kankerbestrijding!' },
  { text: 'Veel kankerpatiënten wachten te lang op zorg.' },
  { text: 'Het pokkenvaccin beschermt ook tegen apenpokken.' },
  { text: 'Ik heb een nieuwe klerenkast gekocht.' },
  { text: 'We zetten een pot koffie voor de vrijwilligers.' },
  { text: 'Mijn nicht begint morgen bij ons op kantoor.' },
  { text: 'Je kunt de berichten negeren.' },
  // negated hate and neutral or positive statements about groups
  { text: 'Ik haat vrouwen niet.' },
  { text: 'Moslims zijn geen ongedierte.' },
  { text: 'Ik ben trots op onze collega’s die moslim zijn.' },
  { text: 'Meer dan de helft van de deelnemers waren immigranten.' },
  { text: 'Het virus is gevaarlijk voor vrouwen.' },
  // counter-speech: quoting or referring to hate to reject it
  { text: 'Als je zegt dat je homo’s haat, ben je zelf het probleem.' },
  { text: 'Uitspraken als "vluchtelingen zijn ongedierte" zijn kwetsend.' },
  { text: 'Het is niet oké om mensen flikker te noemen.' },
  // hate at things, not people
  { text: 'Ik haat maandagen.' },
  // English
  { text: 'I do not hate women.', lang: 'en' },
  { text: 'Immigrants are not vermin.', lang: 'en' },
  { text: 'We are proud of our Muslim colleagues.', lang: 'en' },
  { text: 'Calling people a faggot is never okay.', lang: 'en' },
  { text: 'Scunthorpe is a town and the class assessed the bass.', lang: 'en' },
  { text: 'She is a great teacher.', lang: 'en' },
  // options
  { text: 'Wat een kutweer!', options: { profanity: false } },
  { text: 'Wat een kutweer!', options: { allow: ['kutweer'] } },
];

const invalid: Invalid[] = [
  { text: 'Wat een kankerklant.', errors: [{ messageId: 'profanity', part: 'kankerklant' }] },
  { text: 'Kutweer vandaag.', errors: [{ messageId: 'profanity', part: 'Kutweer' }] },
  { text: 'Wat een klotezooi.', errors: [{ messageId: 'profanity', part: 'klotezooi' }] },
  { text: 'Die tyfuslijer weer.', errors: [{ messageId: 'insult', part: 'tyfuslijer' }] },
  { text: 'Krijg de tering!', errors: [{ messageId: 'profanity', part: 'tering' }] },
  { text: 'Wat een k u t w e e r', errors: [{ messageId: 'profanity', part: 'k u t w e e r' }] },
  { text: 'Je bent een idioot.', errors: [{ messageId: 'insult', part: 'idioot' }] },
  { text: 'Vuile nicht!', errors: [{ messageId: 'slur', part: 'nicht' }] },
  { text: 'Je bent gewoon een t33f.', errors: [{ messageId: 'slur', part: 't33f' }] },
  { text: 'Ik haat vrouwen.', errors: [{ messageId: 'hate', part: 'haat' }] },
  { text: 'Ik h44t gehandicapten.', errors: [{ messageId: 'hate', part: 'h44t' }] },
  { text: 'ikhaatmoslims', errors: [{ messageId: 'hate', part: 'haat' }] },
  { text: 'Moslims zijn ongedierte.', errors: [{ messageId: 'hate', part: 'ongedierte' }] },
  { text: 'Joden horen hier niet.', errors: [{ messageId: 'hate', part: 'horen' }] },
  { text: 'Homo’s zijn walgelijk.', errors: [{ messageId: 'hate', part: 'walgelijk' }] },
  {
    text: 'Ik ga alle immigranten afslachten.',
    errors: [{ messageId: 'threat', part: 'afslachten' }],
  },
  { text: 'Ik ga je vermoorden.', errors: [{ messageId: 'threat', part: 'vermoorden' }] },
  {
    text: 'Die transgenders veranderen nooit. Laten we ze uitroeien.',
    errors: [{ messageId: 'threat', part: 'uitroeien' }],
  },
  {
    text: 'Waarom ontdoen we ons niet van die vluchtelingen?',
    errors: [{ messageId: 'threat', part: 'ontdoen' }],
  },
  { text: 'Ik haat mslims.', errors: [{ messageId: 'hate', part: 'haat' }] },
  // English
  {
    text: 'What the fuck is this?',
    lang: 'en',
    errors: [{ messageId: 'profanity', part: 'fuck' }],
  },
  { text: 'You are a moron.', lang: 'en', errors: [{ messageId: 'insult', part: 'moron' }] },
  { text: 'You are so stupid.', lang: 'en', errors: [{ messageId: 'profanity', part: 'stupid' }] },
  { text: 'I hate Muslims.', lang: 'en', errors: [{ messageId: 'hate', part: 'hate' }] },
  {
    text: 'Immigrants are vermin.',
    lang: 'en',
    errors: [{ messageId: 'hate', part: 'vermin' }],
  },
  {
    text: 'I will kill you.',
    lang: 'en',
    errors: [{ messageId: 'threat', part: 'I will kill you' }],
  },
  { text: 'Kill yourself.', lang: 'en', errors: [{ messageId: 'threat', part: 'Kill yourself' }] },
  // English swear words in a Dutch post
  { text: 'Wat een bullshit.', errors: [{ messageId: 'profanity', part: 'bullshit' }] },
  // the organisation's own words
  {
    text: 'Wat een prutser.',
    options: { words: ['prutser'] },
    errors: [{ messageId: 'profanity', part: 'prutser' }],
  },
];

describe('respect kind', () => {
  for (const c of valid) {
    it(`valid (${c.lang ?? 'nl'}): ${c.text}`, () => {
      expect(run(c)).toEqual([]);
    });
  }
  for (const c of invalid) {
    it(`invalid (${c.lang ?? 'nl'}): ${c.text}`, () => {
      const expected = c.errors.map((e) => {
        const start = c.text.indexOf(e.part);
        if (start < 0) throw new Error(`${e.part} not in ${c.text}`);
        return { messageId: e.messageId, start, end: start + e.part.length };
      });
      const got = run(c).map((f) => ({ messageId: f.messageId, start: f.start, end: f.end }));
      expect(got).toEqual(expected);
    });
  }

  it('says which group a hateful statement is about, in the post’s language', () => {
    const [nl] = run({ text: 'Vluchtelingen zijn ratten.' });
    expect(nl?.message).toBe('Haatdragende uitspraak over een groep (Vluchtelingen): ‘ratten’.');
    const [en] = run({ text: 'Refugees are rats.', lang: 'en' });
    expect(en?.message).toBe('Hateful statement about a group (Refugees): ‘rats’.');
  });

  it('reports offsets into the text as given, after emoji and accents', () => {
    const text = '🙂 Café vol kankerlijers';
    const [f] = run({ text });
    expect(f && text.slice(f.start, f.end)).toBe('kankerlijers');
  });

  it('analyses a post with cue words only when a group or the reader is in it', () => {
    const lex = lexiconFor('nl');
    const cueOnly = ['Mensen doen gewoon hun ding.', 'Wat een domme fout van mij.'];
    for (const text of cueOnly) {
      const c = tokenize(lex, text, undefined);
      let any = 0;
      for (let i = 0; i < c.n; i++) any |= c.masks[i] as number;
      expect(any & CUE).not.toBe(0);
      expect(read(lex, text, undefined)).toBeUndefined();
      expect(run({ text })).toEqual([]);
    }
    for (const text of ['Jij bent dom.', 'Vluchtelingen zijn ratten.'])
      expect(read(lex, text, undefined)).toBeDefined();
    expect(canFire(C.attribute)).toBe(false);
    expect(canFire(C.attribute | C.you)).toBe(true);
    expect(canFire(C.hateVerb | C.groupAdjective)).toBe(true);
    expect(canFire(C.swearDisease)).toBe(true);
    expect(canFire(C.group | C.you | C.negator)).toBe(false);
  });
});
