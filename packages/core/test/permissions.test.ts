import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  approvalFlowFor,
  capabilitiesOf,
  GuidelineError,
  grantsOf,
  KINDS,
  type Person,
  parseGuideline,
} from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const nlSource = readFileSync(join(root, 'guidelines/nl.yaml'), 'utf8');
const nl = parseGuideline(nlSource, 'nl.yaml', KINDS);
const en = parseGuideline(readFileSync(join(root, 'guidelines/en.yaml'), 'utf8'), 'en.yaml', KINDS);

const employee: Person = { role: 'employee', teams: [], trainings: [] };

describe('what the default guideline lets a person do', () => {
  it('gives an untrained employee nothing in pioneer and ambassador sharing from growing on', () => {
    expect(capabilitiesOf(nl, 'pioneer', employee)).toEqual([]);
    expect(capabilitiesOf(nl, 'growing', employee)).toEqual(['share-ambassador']);
    expect(capabilitiesOf(nl, 'integrated', employee)).toEqual([
      'reply-customers',
      'share-ambassador',
    ]);
  });

  it('lets members of the webcare team reply to customers in every phase, whatever their role', () => {
    const member = { ...employee, teams: ['webcare'] };
    for (const phase of ['pioneer', 'growing', 'mature', 'integrated'] as const) {
      expect(capabilitiesOf(nl, phase, member)).toContain('reply-customers');
    }
    expect(grantsOf(nl, 'pioneer', member)).toEqual([
      { action: 'reply-customers', source: { type: 'team', team: 'webcare' } },
    ]);
  });

  it('unlocks a passed training only from its minimum phase on', () => {
    const trained = { ...employee, trainings: ['webcare', 'moderation'] };
    expect(capabilitiesOf(nl, 'pioneer', trained)).toEqual([]);
    expect(capabilitiesOf(nl, 'growing', trained)).toEqual(['share-ambassador', 'moderate']);
    expect(capabilitiesOf(nl, 'mature', trained)).toEqual([
      'reply-customers',
      'share-ambassador',
      'moderate',
    ]);
    expect(grantsOf(nl, 'mature', trained)).toContainEqual({
      action: 'reply-customers',
      source: { type: 'training', module: 'webcare' },
    });
  });

  it('says the same in the English twin', () => {
    const people: Person[] = [
      employee,
      { role: 'webcare-agent', teams: ['webcare'], trainings: ['moderation'] },
      { role: 'communications-lead', teams: ['communicatie'], trainings: [] },
    ];
    for (const person of people) {
      for (const phase of ['pioneer', 'growing', 'mature', 'integrated'] as const) {
        expect(capabilitiesOf(en, phase, person)).toEqual(capabilitiesOf(nl, phase, person));
      }
    }
  });
});

describe('approvalFlowFor', () => {
  it('sends every corporate post and reply to the communications lead in pioneer', () => {
    for (const channel of ['x', 'linkedin', undefined]) {
      const flow = approvalFlowFor(nl, 'pioneer', { channel, kind: 'corporate' });
      expect(flow?.steps.map((s) => s.roles)).toEqual([['communications-lead']]);
    }
    expect(approvalFlowFor(nl, 'pioneer', { channel: 'x', kind: 'personal' })).toBeUndefined();
  });

  it('has two steps for corporate LinkedIn posts in mature, one for X', () => {
    const linkedin = approvalFlowFor(nl, 'mature', { channel: 'linkedin', kind: 'corporate' });
    expect(linkedin?.steps.map((s) => s.id)).toEqual(['webcare', 'hoofd-online']);
    const x = approvalFlowFor(nl, 'mature', { channel: 'x', kind: 'corporate' });
    expect(x?.steps.map((s) => s.teams)).toEqual([['webcare', 'communicatie']]);
  });
});

describe('references in approvals and team grants', () => {
  function problems(source: string) {
    try {
      parseGuideline(source, 'g.yaml', KINDS);
      return [];
    } catch (e) {
      if (e instanceof GuidelineError) return e.problems.map((p) => `${p.path} ${p.message}`);
      throw e;
    }
  }

  it('names an unknown team in a review step and in a phase', () => {
    const broken = nlSource
      .replace('teams: [webcare, communicatie]', 'teams: [webcare, marketing]')
      .replace(
        '      teams:\n        webcare: [reply-customers]',
        '      teams:\n        pr: [approve]',
      );
    const found = problems(broken);
    expect(found).toContainEqual(expect.stringContaining('approvals[2].steps[0].teams[1]'));
    expect(found).toContainEqual(expect.stringContaining('maturity.phases[0].teams.pr'));
  });

  it('names an unknown channel in a flow', () => {
    const broken = nlSource.replace(
      'channels: [linkedin, instagram, facebook]',
      'channels: [linkedin, tiktok]',
    );
    expect(problems(broken)).toContainEqual(expect.stringContaining('approvals[1].channels[1]'));
  });
});
