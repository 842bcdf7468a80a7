import { describe, expect, it } from 'vitest';
import { compileClassifier } from '../../src/classify/index.js';
import { en, nl, variant } from './guidelines.js';

describe('routing', () => {
  it('routes to the owning team with its name and response-time target', () => {
    expect(nl.classify('Hoe laat gaat de laatste trein naar Zwolle?').route).toEqual({
      team: 'webcare',
      teamName: 'Webcare',
      dueInMinutes: 60,
      escalate: false,
    });
    expect(en.classify('How do I add my railcard to the app?').route.teamName).toBe('Webcare');
  });

  it('escalates urgent messages to the escalation team', () => {
    expect(nl.classify('Man met een mes in de trein naar Utrecht, help!').route).toEqual({
      team: 'webcare',
      teamName: 'Webcare',
      dueInMinutes: 10,
      escalate: true,
      escalateTo: 'communicatie',
      escalateToName: 'Communicatie (Online)',
    });
  });

  it('keeps escalateTo without escalating when the route only names it', () => {
    const r = nl.classify('Klopt het dat jullie stoppen met de nachttrein? Dat hoorde ik.');
    expect(r.situation).toBe('incorrect-information');
    expect(r.route).toMatchObject({ escalate: false, escalateTo: 'communicatie' });
  });

  it('escalates urgent to the final-say team when the guideline names no escalation team', () => {
    const g = variant('en', (input) => {
      for (const s of input.playbook.situations) {
        if (s.id === 'urgent') s.route = { team: 'webcare', dueInMinutes: 5 };
      }
    });
    const r = compileClassifier(g).classify(
      'A man with a knife is threatening people on platform 2!',
    );
    expect(r.situation).toBe('urgent');
    expect(r.route).toEqual({
      team: 'webcare',
      teamName: 'Webcare',
      dueInMinutes: 5,
      escalate: true,
      escalateTo: 'communicatie',
      escalateToName: 'Communications (Online)',
    });
  });

  it('uses a custom team of the guideline', () => {
    const g = variant('nl', (input) => {
      for (const s of input.playbook.situations) {
        if (s.id === 'question') s.route = { team: 'pers', dueInMinutes: 15 };
      }
    });
    const r = compileClassifier(g).classify('Hoe laat gaat de laatste trein naar Zwolle?');
    expect(r.route).toMatchObject({ team: 'pers', dueInMinutes: 15 });
    expect(r.route.teamName).not.toBe('pers');
  });
});
