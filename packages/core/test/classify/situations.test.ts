import { describe, expect, it } from 'vitest';
import { en, nl } from './guidelines.js';

/** Messages written for these tests (not the guideline's own examples). */
const DUTCH: [string, string][] = [
  ['@bedrijf al 3 weken wacht ik op mijn terugbetaling, dit is echt belachelijk', 'complaint'],
  ['Alweer een uur vertraging en niemand die iets omroept. Ik ben het zat.', 'complaint'],
  ['Waarom werkt de app nu al twee dagen niet? Slechte service hoor.', 'complaint'],
  ['Hoe laat vertrekt morgen de eerste trein naar Maastricht?', 'question'],
  ['Kan ik mijn ov-fiets ook op een ander station inleveren?', 'question'],
  ['Dank jullie wel voor de snelle hulp gisteren, top geregeld!', 'positive'],
  ['Wat een vriendelijke conductrice vandaag, echt een compliment waard 😍', 'positive'],
  [
    'Klopt het dat jullie vanaf maart geen dalurenkorting meer geven? Dat hoorde ik van een collega.',
    'incorrect-information',
  ],
  [
    'Er gaat een gerucht rond dat de nachttrein wordt afgeschaft, is dat nepnieuws?',
    'incorrect-information',
  ],
  ['Er ligt iemand op het spoor bij Delft, bel 112!', 'urgent'],
  ['Ik ben journalist bij het Dagblad en wil graag een reactie op de storing.', 'urgent'],
  ['Mijn advocaat stuurt jullie een dagvaarding, dit gaat naar de rechter.', 'urgent'],
  ['haha die duif in de coupé 😂', 'other'],
];

const ENGLISH: [string, string][] = [
  ['@company I have been waiting 3 weeks for my refund, this is ridiculous', 'complaint'],
  ['Train cancelled AGAIN and still no announcement. Worst service ever. #fail', 'complaint'],
  ['Why is my ticket not working at the gates? Third time this week, fix this.', 'complaint'],
  ['How do I add my railcard to the app?', 'question'],
  ['Can I take my dog on the train to Leiden?', 'question'],
  ['Thank you for the quick help yesterday, brilliant service!', 'positive'],
  ['Shout out to the lovely conductor on the 8:15, made my day ❤️', 'positive'],
  ['I heard you are scrapping off-peak discounts next year, is it true?', 'incorrect-information'],
  [
    'Rumour going round that the night train is being abolished. Fake news?',
    'incorrect-information',
  ],
  ['Someone is walking on the tracks near Gouda, trains still running!', 'urgent'],
  ['I am a reporter at the Daily Post and would like a comment on the outage.', 'urgent'],
  ['My lawyer will be in touch, I am taking you to court over this.', 'urgent'],
  ['lol that pigeon riding the train 😂', 'other'],
];

describe('classify: the stable situations', () => {
  it.each(DUTCH)('nl: %s → %s', (text, situation) => {
    const r = nl.classify(text);
    expect(r.situation).toBe(situation);
    expect(r.language).toBe('nl');
  });

  it.each(ENGLISH)('en: %s → %s', (text, situation) => {
    const r = en.classify(text);
    expect(r.situation).toBe(situation);
    expect(r.language).toBe('en');
  });

  it('recognises English messages with the Dutch guideline (built-in cues per language)', () => {
    const r = nl.classify('Still waiting for my refund after 3 weeks, this is ridiculous.');
    expect(r.language).toBe('en');
    expect(r.situation).toBe('complaint');
  });

  it('gives the issue example the complaint result with steps, reply and route', () => {
    const r = nl.classify(
      '@bedrijf al 3 weken wacht ik op mijn terugbetaling, dit is echt belachelijk',
    );
    expect(r).toMatchObject({
      situation: 'complaint',
      sentiment: 'negative',
      language: 'nl',
      route: { team: 'webcare', dueInMinutes: 30, escalate: false },
    });
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.steps[0]).toMatch(/Erken het gevoel/);
    expect(r.reply.addressForm).toBe('u');
    expect(r.reply.text).toMatch(/^Wat vervelend, en sorry dat uw reis/);
  });

  it('a question with dissatisfaction is a complaint; without it a question', () => {
    expect(
      en.classify('Why does the app still not work after the update? So frustrating.').situation,
    ).toBe('complaint');
    expect(en.classify('Does the app work on older phones?').situation).toBe('question');
    expect(
      nl.classify('Waarom werkt de app na de update nog steeds niet? Heel irritant.').situation,
    ).toBe('complaint');
    expect(nl.classify('Werkt de app ook op oudere telefoons?').situation).toBe('question');
  });

  it('sarcastic thanks is not praise', () => {
    expect(en.classify('Thanks for nothing, still waiting for a reply.').situation).toBe(
      'complaint',
    );
    expect(nl.classify('Bedankt voor niks, nog steeds geen reactie.').situation).toBe('complaint');
  });
});

describe('classify: the explanation', () => {
  it('lists cues with spans into the text, the sentiment and the nearest examples', () => {
    const text = 'Train cancelled AGAIN and still no announcement. Worst service ever. #fail';
    const r = en.classify(text);
    const cues = r.signals.filter((s) => s.kind === 'cue');
    expect(cues.length).toBeGreaterThan(2);
    for (const c of cues) {
      if (c.kind !== 'cue') continue;
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.weight).toBeGreaterThan(0);
    }
    expect(cues).toContainEqual(
      expect.objectContaining({ situation: 'complaint', text: 'Worst', source: 'builtin' }),
    );
    expect(cues).toContainEqual(expect.objectContaining({ situation: 'complaint', text: '#fail' }));
    expect(r.signals.some((s) => s.kind === 'example' && s.situation === 'complaint')).toBe(true);
    expect(r.scores[0]?.situation).toBe('complaint');
    expect(r.scores.map((s) => s.situation).sort()).toEqual([
      'complaint',
      'incorrect-information',
      'other',
      'positive',
      'question',
      'urgent',
    ]);
  });

  it('does not read cues inside @handles and links', () => {
    const r = en.classify('@worst_help https://example.com/refund-delay-broken');
    expect(r.signals.filter((s) => s.kind === 'cue')).toEqual([]);
    expect(r.situation).toBe('other');
  });

  it('is sure of a clear message and less sure of a vague one', () => {
    const clear = en.classify('Worst service ever, still waiting for my refund. Unacceptable!');
    const vague = en.classify('Is the train late?');
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });

  it('handles empty and odd input without throwing', () => {
    for (const text of ['', '   ', '???', '😂😂😂', '@a @b', 'x'.repeat(5000)]) {
      const r = en.classify(text);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});
