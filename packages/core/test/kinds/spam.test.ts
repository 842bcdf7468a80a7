import { describe, expect, it } from 'vitest';
import { runKind } from '../../src/kinds/run-kind.js';
import { spamKind } from '../../src/kinds/spam.js';
import type { CheckInput } from '../../src/kinds/types.js';

type Case = {
  name: string;
  text: string;
  lang?: 'nl' | 'en';
  options?: Record<string, unknown>;
  recent?: string[];
};
type Invalid = Case & { errors: { messageId: string; start: number; end: number }[] };

const run = (c: Omit<Case, 'name'>) => {
  const input: CheckInput = {
    text: c.text,
    as: 'personal',
    ...(c.recent ? { recent: c.recent } : {}),
  };
  return runKind(spamKind, c.options ?? {}, input, { lang: c.lang ?? 'nl' });
};
const at = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
};

const sixteenTags = `Zomer! ${Array.from({ length: 16 }, (_, i) => `#tag${i + 1}`).join(' ')}`;
const shareTags = 'Mooi weer #zon #zee #strand #zomer #vakantie #genieten #buiten #blij';
const fourLinks = 'Lees https://a.nl/1 https://b.nl/2 https://c.nl/3 https://d.nl/4';
const mentions = 'Dank aan @a1 @b2 @c3 @d4 @e5 @f6 @g7 voor de hulp';
const shoutNl = 'DIT IS ECHT ONGELOOFLIJK SLECHT GEREGELD DOOR DE GEMEENTE';
const shoutRun = 'Honestly I think THIS IS THE WORST SERVICE I HAVE EVER HAD in my life';
const bangs = `Wat een dag${'!'.repeat(20)}`;
const fire = `Top ${'🔥'.repeat(10)}`;
const koop = 'nee nee nee nee nee nee!';
const hiring =
  'We are hiring! Join our engineering team in Utrecht and help build the future of rail travel across the whole country with us.';
const hiringBefore = hiring.replace('Utrecht', 'Amersfoort');
const prizeEn = 'Congratulations! You have won a £500 voucher. Text WIN to 80086 to claim.';
const channel = 'Hey guys, please check out my channel for new music videos!';
const prizeNl =
  'Gefeliciteerd! U bent geselecteerd voor een gratis iPhone. Klik hier om uw prijs te claimen.';
const smsNl = 'Sms STOP naar 4411 om af te melden';

const valid: Case[] = [
  {
    name: 'nl tweet with hashtags and a link',
    text: 'Mooie dag op kantoor! #team #werk #zon #trots https://t.co/Ab12Cd',
  },
  {
    name: 'en post with two hashtags',
    text: 'Great talk by our team today, thanks everyone! #devops #cloud',
    lang: 'en',
  },
  { name: 'nl webcare reply', text: 'Bel ons gerust als u vragen heeft over uw abonnement.' },
  {
    name: 'en chat message',
    text: 'Are you free tonight? Call me later, I will text you the address.',
    lang: 'en',
  },
  {
    name: 'nl news with a link',
    text: 'Bekijk hier de uitzending van gisteren https://t.co/xYz123',
  },
  {
    name: 'reply addressees do not count as mention stuffing',
    text: '@a @b @c @d @e @f @g @h Dank voor jullie reacties!',
  },
  {
    name: 'acronyms are not shouting',
    text: 'De NS en ProRail werken samen met de ANWB en het RIVM.',
  },
  { name: 'some emphasis is not repetition', text: 'Wat een mooie dag!!! 🎉🎉🎉 Heel heel blij.' },
  {
    name: 'different recent posts',
    text: hiring,
    recent: ['Vandaag is onze nieuwe dienstregeling ingegaan.'],
    lang: 'en',
  },
  {
    name: 'signals can be switched off',
    text: prizeEn,
    options: { signals: ['shouting'] },
    lang: 'en',
  },
];

const invalid: Invalid[] = [
  {
    name: 'hashtag stuffing',
    text: sixteenTags,
    errors: [{ messageId: 'hashtags', start: 7, end: sixteenTags.length }],
  },
  {
    name: 'mostly hashtags',
    text: shareTags,
    errors: [{ messageId: 'hashtagShare', start: 10, end: shareTags.length }],
  },
  {
    name: 'link stuffing',
    text: fourLinks,
    errors: [{ messageId: 'links', start: 5, end: fourLinks.length }],
  },
  {
    name: 'mention stuffing',
    text: mentions,
    errors: [{ messageId: 'mentions', start: 9, end: at(mentions, '@g7').end }],
  },
  {
    name: 'nl shouting',
    text: shoutNl,
    errors: [{ messageId: 'shouting', start: 0, end: shoutNl.length }],
  },
  {
    name: 'en run of capitals',
    text: shoutRun,
    lang: 'en',
    errors: [
      { messageId: 'shouting', start: at(shoutRun, 'THIS').start, end: at(shoutRun, 'HAD').end },
    ],
  },
  {
    name: 'repeated punctuation',
    text: bangs,
    errors: [{ messageId: 'repetition', start: 11, end: 31 }],
  },
  { name: 'repeated emoji', text: fire, errors: [{ messageId: 'repetition', start: 4, end: 24 }] },
  { name: 'repeated word', text: koop, errors: [{ messageId: 'repetition', start: 0, end: 23 }] },
  {
    name: 'near-duplicate of a recent post',
    text: hiring,
    lang: 'en',
    recent: ['Something else entirely, about trains.', hiringBefore],
    errors: [{ messageId: 'duplicate', start: 0, end: hiring.length - 1 }],
  },
  {
    name: 'en prize scam',
    text: prizeEn,
    lang: 'en',
    errors: [{ messageId: 'promotional', ...at(prizeEn, 'Congratulations! You') }],
  },
  {
    name: 'en channel promotion',
    text: channel,
    lang: 'en',
    errors: [{ messageId: 'promotional', ...at(channel, 'please check out') }],
  },
  {
    name: 'nl prize scam',
    text: prizeNl,
    errors: [{ messageId: 'promotional', ...at(prizeNl, 'Gefeliciteerd! U') }],
  },
  { name: 'nl short code', text: smsNl, errors: [{ messageId: 'promotional', start: 0, end: 8 }] },
];

describe('spam kind', () => {
  for (const c of valid) {
    it(`valid: ${c.name}`, () => {
      expect(run(c)).toEqual([]);
    });
  }
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const got = run(c).map((f) => ({ messageId: f.messageId, start: f.start, end: f.end }));
      expect(got).toEqual(c.errors);
    });
  }

  it('formats messages with counts and limits in both languages', () => {
    const nl = run({ text: fourLinks });
    expect(nl[0]?.message).toBe('Te veel links: 4 (hoogstens 3).');
    const en = run({ text: fourLinks, lang: 'en' });
    expect(en[0]?.message).toBe('Link stuffing: 4 links (at most 3).');
  });

  it('offers a fix that collapses a run of one character', () => {
    const [f] = run({ text: bangs });
    expect(f?.fix).toEqual({ start: 11, end: 31, text: '!' });
  });

  it('reports the similarity of a near-duplicate', () => {
    const [f] = run({ text: hiring, lang: 'en', recent: [hiringBefore] });
    expect(f?.message).toBe('This post nearly duplicates one of your recent posts (75% the same).');
  });

  it('respects lowered thresholds', () => {
    const text = 'Mooi! #een #twee #drie';
    expect(run({ text })).toEqual([]);
    expect(run({ text, options: { maxHashtags: 2 } }).map((f) => f.messageId)).toEqual([
      'hashtags',
    ]);
  });

  it('rejects bad options', () => {
    expect(() => spamKind.options.parse({ shoutShare: 2 })).toThrow();
  });
});
