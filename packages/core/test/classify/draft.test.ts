import { describe, expect, it } from 'vitest';
import { compileClassifier, draftReply } from '../../src/classify/index.js';
import { defaultGuideline, en, nl, variant } from './guidelines.js';

const COMPLAINT_NL = 'Al drie weken wacht ik op mijn terugbetaling, echt belachelijk.';

describe('drafting a reply from the guideline template', () => {
  it('fills {customer} and {signature} with {initials}, in the channel address form', () => {
    const x = nl.classify(COMPLAINT_NL, { channel: 'x', customer: '@reiziger', initials: 'MO' });
    expect(x.reply).toEqual({
      text: 'Wat vervelend, @reiziger, en sorry dat je reis zo is gelopen. Ik help je graag verder. Stuur je ons een privébericht met je reisdatum en traject? ^MO',
      addressForm: 'jij',
      missing: [],
    });
    const fb = nl.classify(COMPLAINT_NL, { channel: 'facebook', customer: 'Anna', initials: 'MO' });
    expect(fb.reply.addressForm).toBe('u');
    expect(fb.reply.text).toBe(
      'Wat vervelend, Anna, en sorry dat uw reis zo is gelopen. Ik help u graag verder. Wilt u ons een privébericht sturen met uw reisdatum en traject? ^MO',
    );
  });

  it('uses voice.addressForm without a channel, or for a channel without its own form', () => {
    expect(nl.classify(COMPLAINT_NL).reply.addressForm).toBe('u');
    const g = variant('nl', (input) => {
      input.voice.addressForm = 'jij';
      input.channels = { ...input.channels, intranet: { name: 'Intranet' } };
    });
    const c = compileClassifier(g);
    expect(c.classify(COMPLAINT_NL).reply.addressForm).toBe('jij');
    expect(c.classify(COMPLAINT_NL, { channel: 'intranet' }).reply.addressForm).toBe('jij');
    expect(c.classify(COMPLAINT_NL, { channel: 'linkedin' }).reply.addressForm).toBe('u');
  });

  it('leaves out what it cannot fill, with the comma before it, and says so', () => {
    const r = nl.classify(COMPLAINT_NL, { channel: 'x' });
    expect(r.reply.text).toBe(
      'Wat vervelend, en sorry dat je reis zo is gelopen. Ik help je graag verder. Stuur je ons een privébericht met je reisdatum en traject?',
    );
    expect(r.reply.missing.sort()).toEqual(['customer', 'initials']);
    const thanks = en.classify('Thank you, lovely staff today!', { initials: 'JB' });
    expect(thanks.situation).toBe('positive');
    expect(thanks.reply.text).toBe(
      'Thank you so much for your lovely message! We are happy to pass the compliment on to our colleagues. Have a good journey. ^JB',
    );
  });

  it('fills {team} (the escalation team when escalating) and {name}', () => {
    const g = defaultGuideline('nl');
    const urgent = g.playbook.situations.find((s) => s.id === 'urgent');
    if (!urgent) throw new Error('no urgent situation');
    const withName = { ...urgent, templates: { u: 'Groet, {name} van {team}. {signature}' } };
    expect(
      draftReply(g, withName, 'facebook', { name: 'Mila', initials: 'MO', team: 'Webcare' }),
    ).toEqual({
      text: 'Groet, Mila van Webcare. ^MO',
      addressForm: 'u',
      missing: [],
    });
    const r = nl.classify('Er ligt iemand op het spoor bij Delft, bel 112!', {
      initials: 'MO',
      customer: '@a',
    });
    expect(r.reply.text).toContain('doorgezet naar Communicatie');
  });

  it('falls back to the other address form when the template has only one', () => {
    const g = defaultGuideline('nl');
    const q = g.playbook.situations.find((s) => s.id === 'question');
    if (!q) throw new Error('no question situation');
    const onlyU = { ...q, templates: { u: 'Dank voor uw vraag. {signature}' } };
    expect(draftReply(g, onlyU, 'x', { initials: 'MO', team: 'Webcare' })).toEqual({
      text: 'Dank voor uw vraag. ^MO',
      addressForm: 'u',
      missing: [],
    });
    const none = { ...q, templates: {} };
    expect(draftReply(g, none, 'x', { team: 'Webcare' })).toEqual({
      text: '',
      addressForm: 'jij',
      missing: ['template'],
    });
  });
});
