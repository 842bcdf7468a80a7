import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffLines } from '../src/scenes/Guideline/diff-lines.js';
import { offsetOf, validateGuideline } from '../src/scenes/Guideline/validate.js';

const source = readFileSync(new URL('../../../guidelines/nl.yaml', import.meta.url), 'utf8');

describe('validateGuideline', () => {
  it('accepts the default guideline', () => {
    expect(validateGuideline(source, 'nl')).toEqual([]);
  });

  it('locates a bad value at its line', () => {
    const lines = source.split('\n');
    const at = lines.findIndex((l) => /^\s*addressForm:/.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    lines[at] = (lines[at] ?? '').replace(/addressForm:.*/, 'addressForm: jullie');
    const problems = validateGuideline(lines.join('\n'), 'nl');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.line).toBe(at + 1);
    expect(problems[0]?.path).toContain('addressForm');
    expect(problems[0]?.message).toMatch(/^Ongeldige optie/);
    expect(validateGuideline(lines.join('\n'), 'en')[0]?.message).toMatch(/^Invalid option/);
  });

  it('reports YAML syntax errors with a line', () => {
    const problems = validateGuideline('title: "open\nrules: [', 'nl');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(1);
  });
});

describe('offsetOf', () => {
  it('turns a 1-based line and column into an offset, clamped to the line', () => {
    const text = 'ab\ncdef\ng';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 3)).toBe(5);
    expect(offsetOf(text, 2, 99)).toBe(7);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});

describe('diffLines', () => {
  it('tells headers, hunks, additions, removals and context apart', () => {
    const diff = [
      '--- v1',
      '+++ v2',
      '@@ -1,2 +1,2 @@',
      ' title: x',
      '-voice: u',
      '+voice: jij',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    expect(diffLines(diff).map((l) => l.kind)).toEqual([
      'meta',
      'meta',
      'hunk',
      'context',
      'del',
      'add',
      'meta',
    ]);
  });
});
