import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuidelineError, KINDS, loadChecker, parseGuideline } from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const nl = readFileSync(join(root, 'guidelines/nl.yaml'), 'utf8');

function problems(source: string) {
  try {
    parseGuideline(source, 'g.yaml', KINDS);
  } catch (e) {
    if (e instanceof GuidelineError) return e.problems;
    throw e;
  }
  return [];
}

describe('parseGuideline', () => {
  it('accepts both default guidelines, with the same rule ids', () => {
    const en = readFileSync(join(root, 'guidelines/en.yaml'), 'utf8');
    const a = parseGuideline(nl, 'nl.yaml', KINDS);
    const b = parseGuideline(en, 'en.yaml', KINDS);
    expect(a.language).toBe('nl');
    expect(b.language).toBe('en');
    expect(b.rules.map((r) => r.id)).toEqual(a.rules.map((r) => r.id));
    expect(b.playbook.situations.map((s) => s.id)).toEqual(a.playbook.situations.map((s) => s.id));
  });

  it('locates a wrong enum value at its line and column with the field path', () => {
    const source = nl.replace(/^(\s+)phase: pioneer$/m, '$1phase: pionier');
    const [p] = problems(source);
    const line = source.split('\n').findIndex((l) => /phase: pionier/.test(l)) + 1;
    expect(p).toMatchObject({ file: 'g.yaml', line, path: 'maturity.phase' });
    expect(p?.col).toBe((source.split('\n')[line - 1] ?? '').indexOf('pionier') + 1);
  });

  it('reports every problem at once: unknown key, bad kind option, broken reference', () => {
    let source = nl.replace(/^organisation:$/m, 'organisation:\n  nmae: typo');
    source = source.replace(/^(\s+)team: webcare$/m, '$1team: nobody');
    const found = problems(source);
    expect(found.some((p) => p.path === 'organisation.nmae' && /unknown key/.test(p.message))).toBe(
      true,
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
    const refs = problems(nl.replace(/^(\s+)team: webcare$/m, '$1team: nobody'));
    expect(
      refs.some((p) => /team "nobody" is not in responsibilities\.teams/.test(p.message)),
    ).toBe(true);
  });

  it('says which key is missing', () => {
    const source = nl.replace(/^scope:[\s\S]*?(?=^\w)/m, '');
    const found = problems(source);
    expect(found.some((p) => p.path === 'scope' && /required/.test(p.message))).toBe(true);
  });

  it('rejects YAML syntax errors with a position, and duplicate keys', () => {
    expect(problems('version: 1\nlanguage: [nl\n')[0]).toMatchObject({ file: 'g.yaml', path: '' });
    expect(problems('version: 1\nversion: 1\n')[0]?.line).toBe(2);
  });

  it('validates rule options against the kind', () => {
    const source = nl.replace(/^(\s+)list: confidential$/m, '$1list: 42');
    const found = problems(source);
    expect(found.some((p) => /^rules\[\d+\]\.options/.test(p.path))).toBe(true);
  });
});

describe('the compiled checker', () => {
  const checker = loadChecker(nl);

  it('lets a rule set the severity per message id, and rejects message ids the kind lacks', () => {
    const findings = checker.check({ text: 'Wat een kutweer, sukkel.', as: 'personal' }).findings;
    expect(findings.find((f) => f.messageId === 'profanity')?.severity).toBe('warning');
    expect(findings.find((f) => f.messageId === 'insult')?.severity).toBe('error');
    const off = loadChecker(nl.replace('profanity: warning', 'profanity: off'));
    expect(off.check({ text: 'Wat een kutweer.', as: 'personal' }).findings).toEqual([]);
    const bad = problems(nl.replace('profanity: warning', 'swearing: warning'));
    expect(
      bad.some(
        (p) => /severities\.swearing/.test(p.path) && /has no message "swearing"/.test(p.message),
      ),
    ).toBe(true);
  });

  it('runs only the rules that apply to the kind of post', () => {
    const text = 'Wij van Spoorland vinden dit een geweldig plan.';
    const personal = checker.check({ text, as: 'personal' }).findings.map((f) => f.rule);
    const corporate = checker.check({ text, as: 'corporate' }).findings.map((f) => f.rule);
    expect(personal).toContain('first-person');
    expect(corporate).not.toContain('first-person');
  });

  it('uses the channel\u2019s address form', () => {
    const text = 'Kun je ons een privébericht sturen met je reisgegevens?';
    const x = checker.check({ text, as: 'reply', channel: 'x' }).findings.map((f) => f.rule);
    const facebook = checker
      .check({ text, as: 'reply', channel: 'facebook' })
      .findings.map((f) => f.rule);
    expect(x).not.toContain('address-form');
    expect(facebook).toContain('address-form');
  });

  it('gives messages in the asked language and sorts findings by position', () => {
    const text = 'Project Zeus. Mail jan.jansen@gmail.com';
    const nlResult = checker.check({ text, as: 'personal' });
    const enResult = checker.check({ text, as: 'personal' }, { lang: 'en' });
    expect(nlResult.findings.map((f) => f.rule)).toEqual(enResult.findings.map((f) => f.rule));
    expect(nlResult.findings[0]?.message).not.toEqual(enResult.findings[0]?.message);
    const starts = nlResult.findings.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(nlResult.summary.errors).toBe(
      nlResult.findings.filter((f) => f.severity === 'error').length,
    );
  });
});
