import { describe, expect, it } from 'vitest';
import { type SentimentLabel, sentiment } from '../../src/classify/sentiment.js';
import type { Lang } from '../../src/i18n.js';
import { words } from '../../src/text/words.js';

const run = (text: string, lang: Lang = 'nl') => sentiment(text, words(text), lang);
const cueTexts = (text: string, lang: Lang = 'nl') => run(text, lang).cues.map((c) => c.text);

describe('sentiment: labels', () => {
  it.each<[string, Lang, string, SentimentLabel]>([
    ['nl: praise', 'nl', 'Wat een geweldige service, heel erg bedankt!', 'positive'],
    ['nl: complaint', 'nl', 'Waardeloze klantenservice, ik ben echt boos.', 'negative'],
    [
      'nl: news is neutral',
      'nl',
      'Het kabinet presenteert dinsdag de nieuwe begroting.',
      'neutral',
    ],
    [
      'nl: descriptive words stay neutral',
      'nl',
      'De grote zaal is open vanaf acht uur.',
      'neutral',
    ],
    ['nl: negated praise', 'nl', 'De app werkt helemaal niet goed.', 'negative'],
    ['nl: negated praise, geen', 'nl', 'Dit is geen goede oplossing.', 'negative'],
    ['nl: negated problem', 'nl', 'Geen probleem hoor, dank je wel!', 'positive'],
    ['nl: emoji only', 'nl', 'Pakketje is binnen 😍🎉', 'positive'],
    ['nl: angry emoji', 'nl', 'Weer vertraging bij de trein 😡', 'negative'],
    ['nl: emoticon', 'nl', 'Morgen weer naar kantoor :(', 'negative'],
    [
      'nl: contrast, the second clause wins',
      'nl',
      'Mooie winkel, maar de service is echt slecht.',
      'negative',
    ],
    ['nl: an intensifier alone is an opinion', 'nl', 'Verschrikkelijk!', 'negative'],
    ['en: praise', 'en', 'Thanks so much, the team was amazing!', 'positive'],
    ['en: complaint', 'en', 'Worst support ever, I am so disappointed.', 'negative'],
    ['en: neutral', 'en', 'The store opens at nine on Monday.', 'neutral'],
    ['en: negated praise', 'en', "This is not good and it isn't working.", 'negative'],
    ['en: negated complaint', 'en', 'Not bad at all, thank you :)', 'positive'],
    ['en: emoji', 'en', 'Order arrived 👍👍', 'positive'],
  ])('%s', (_name, lang, text, label) => {
    expect(run(text, lang).label).toBe(label);
  });
});

describe('sentiment: score and cues', () => {
  it('scores lie in −1…1 with the sign of the label', () => {
    const pos = run('Fantastisch, geweldig, prachtig, super blij!!!');
    const neg = run('Schandalig, walgelijk, belachelijk en waardeloos!!!');
    expect(pos.score).toBeGreaterThan(0.5);
    expect(pos.score).toBeLessThanOrEqual(1);
    expect(neg.score).toBeLessThan(-0.5);
    expect(neg.score).toBeGreaterThanOrEqual(-1);
    expect(run('De vergadering is om tien uur.').score).toBe(0);
  });

  it('cues carry exact offsets and the signed weight', () => {
    const text = 'Echt niet goed 😡';
    const { cues } = run(text);
    expect(cues.map((c) => [c.text, c.start, c.end])).toEqual([
      ['goed', 10, 14],
      ['😡', 15, 17],
    ]);
    for (const c of cues) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.weight).toBeLessThan(0);
    }
  });

  it('intensifiers and diminishers scale the word after them', () => {
    const plain = run('Dat is goed.').score;
    expect(run('Dat is heel goed.').score).toBeGreaterThan(plain);
    expect(run('Dat is een beetje goed.').score).toBeLessThan(plain);
    expect(run('That is very good.', 'en').score).toBeGreaterThan(run('That is good.', 'en').score);
  });

  it('negation stops at the end of the clause', () => {
    const goed = run('Niet vandaag. Het is goed.');
    expect(goed.label).toBe('positive');
    expect(goed.cues[0]?.weight).toBeGreaterThan(0);
  });

  it('shouting and exclamation marks strengthen the score', () => {
    expect(run('Dit is SCHANDALIG').score).toBeLessThan(run('Dit is schandalig').score);
    expect(run('Dit is mooi!!').score).toBeGreaterThan(run('Dit is mooi').score);
  });

  it('reads "niet alleen … maar ook" and "not only … but also" as no negation and no contrast', () => {
    const nl = run('Niet alleen mooi maar ook goed.');
    expect(nl.cues.map((c) => [c.text, c.weight])).toEqual([
      ['mooi', 0.6],
      ['goed', 0.5],
    ]);
    expect(run('Not only good but also cheap.', 'en').label).toBe('positive');
  });

  it('reads drawn-out words as the plain word, stressed', () => {
    const long = run('Wat mooooi');
    expect(long.cues.map((c) => c.text)).toEqual(['mooooi']);
    expect(long.score).toBeGreaterThan(run('Wat mooi').score);
  });

  it('ignores mentions and links', () => {
    expect(cueTexts('Vraag aan @slecht over https://example.com/slecht-nieuws')).toEqual([]);
    expect(cueTexts('Lees www.example.nl/slecht-nieuws en huil')).toEqual([]);
  });

  it('reads no emoticon inside a link or a word', () => {
    expect(cueTexts('Zie http://example.nl en dat:)x', 'nl')).toEqual([]);
  });
});
