import { describe, expect, it } from 'vitest';
import { compileClassifier } from '../../src/classify/index.js';
import type { GuidelineInput } from '../../src/guideline/schema.js';
import { variant } from './guidelines.js';

type SituationInput = GuidelineInput['playbook']['situations'][number];

const LOST_NL: SituationInput = {
  id: 'lost-property',
  title: 'Iets verloren in de trein',
  when: 'Iemand is iets kwijtgeraakt in de trein of op het station.',
  steps: ['Verwijs naar het formulier voor gevonden voorwerpen.'],
  templates: {
    u: 'Vervelend dat u iets kwijt bent, {customer}. Meld het via https://www.spoorland.example/gevonden-voorwerpen. {signature}',
    jij: 'Vervelend dat je iets kwijt bent, {customer}. Meld het via https://www.spoorland.example/gevonden-voorwerpen. {signature}',
  },
  route: { team: 'webcare', dueInMinutes: 120 },
  examples: [
    'Ik heb mijn rugzak in de trein laten liggen',
    'Mijn portemonnee is in de sprinter naar Utrecht blijven liggen',
    'Telefoon vergeten in de intercity, waar kan ik die terugvinden?',
    'Jas laten hangen in de trein van 17.12 uur',
  ],
  cues: [
    'laten liggen',
    'blijven liggen',
    'vergeten in de trein',
    'gevonden voorwerpen',
    'laten hangen',
  ],
};

const LOST_EN: SituationInput = {
  ...LOST_NL,
  title: 'Something left on the train',
  when: 'Someone left something on the train or at the station.',
  steps: ['Point to the lost property form.'],
  templates: {
    u: 'Sorry you lost something, {customer}. Report it at https://www.spoorland.example/lost-property. {signature}',
  },
  examples: [
    'I left my backpack on the train',
    'Left my wallet on the sprinter to Utrecht',
    'Forgot my phone on the intercity, where can I pick it up?',
  ],
  cues: ['left my', 'left on the train', 'lost property', 'forgot my'],
};

describe('a situation the guideline adds itself', () => {
  it('is picked up from its examples and cues, in Dutch', () => {
    const g = variant('nl', (input) => {
      input.playbook.situations.push(LOST_NL);
    });
    const c = compileClassifier(g);
    expect(c.situations).toContain('lost-property');
    const r = c.classify('Ik heb gisteren mijn paraplu in de trein naar Den Haag laten liggen.', {
      customer: '@jan',
      initials: 'MO',
      channel: 'x',
    });
    expect(r.situation).toBe('lost-property');
    expect(r.title).toBe('Iets verloren in de trein');
    expect(r.route).toMatchObject({ team: 'webcare', dueInMinutes: 120, escalate: false });
    expect(r.reply.text).toBe(
      'Vervelend dat je iets kwijt bent, @jan. Meld het via https://www.spoorland.example/gevonden-voorwerpen. ^MO',
    );
    expect(r.signals).toContainEqual(
      expect.objectContaining({
        kind: 'cue',
        situation: 'lost-property',
        source: 'guideline',
        text: 'laten liggen',
      }),
    );
    expect(r.signals).toContainEqual(
      expect.objectContaining({ kind: 'example', situation: 'lost-property' }),
    );
    // The stable situations still work beside it.
    expect(c.classify('Hoe laat gaat de laatste trein naar Zwolle?').situation).toBe('question');
    expect(c.classify('Alweer vertraging, ik ben het zat!').situation).toBe('complaint');
  });

  it('is picked up in English, also from examples alone', () => {
    const g = variant('en', (input) => {
      input.playbook.situations.push({ ...LOST_EN, cues: [] });
    });
    const r = compileClassifier(g).classify('I left my backpack on the train to Utrecht');
    expect(r.situation).toBe('lost-property');
    expect(r.reply.addressForm).toBe('u');
  });

  it('a guideline without the stable situations still classifies into its own', () => {
    const g = variant('en', (input) => {
      input.playbook.situations = [
        LOST_EN,
        {
          ...LOST_EN,
          id: 'anything-else',
          title: 'Anything else',
          examples: ['Nice weather today'],
          cues: ['weather'],
        },
      ];
    });
    const c = compileClassifier(g);
    expect(c.classify('Forgot my phone on the intercity, can you help?').situation).toBe(
      'lost-property',
    );
    expect(c.classify('What lovely weather today').situation).toBe('anything-else');
  });
});
