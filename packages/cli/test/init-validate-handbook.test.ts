import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';

describe('leidraad init', () => {
  it('writes the Dutch default with an editor schema line, and the English twin with --lang en', () => {
    const dir = tempDir();
    const r = cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    const nl = readFileSync(join(dir, 'leidraad.yaml'), 'utf8');
    expect(nl).toMatch(/^# yaml-language-server: \$schema=.*docs\/guideline\.schema\.json$/m);
    const schemaPath = /\$schema=(\S+)/.exec(nl)?.[1] ?? '';
    expect(existsSync(join(dir, schemaPath))).toBe(true);
    expect(nl).toMatch(/^language: nl$/m);
    const en = tempDir();
    expect(cli(['init', 'sub', '--lang', 'en'], { cwd: en }).code).toBe(0);
    expect(readFileSync(join(en, 'sub', 'leidraad.yaml'), 'utf8')).toMatch(/^language: en$/m);
  });

  it('never overwrites an existing guideline without --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leidraad.yaml'), 'mine');
    const r = cli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'leidraad.yaml'), 'utf8')).toBe('mine');
    expect(cli(['init', '--force'], { cwd: dir }).code).toBe(0);
  });
});

describe('leidraad validate', () => {
  it('accepts both default guidelines', () => {
    for (const lang of ['nl', 'en']) {
      const dir = tempDir();
      cli(['init', '--lang', lang], { cwd: dir });
      const r = cli(['validate', 'leidraad.yaml'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('names file:line:col, the field path and the problem, for every error at once', () => {
    const dir = tempDir();
    cli(['init'], { cwd: dir });
    let yaml = readFileSync(join(dir, 'leidraad.yaml'), 'utf8');
    yaml = yaml.replace(/^ {2}addressForm: u$/m, '  addressForm: jullie');
    yaml = yaml.replace(/^( {4}severity:) error$/m, '$1 fatal');
    yaml = yaml.replace(/^( {4}extends:) terms$/m, '$1 termz');
    writeFileSync(join(dir, 'leidraad.yaml'), yaml);
    const r = cli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const form = lines.find((l) => l.includes('voice.addressForm'));
    expect(form).toMatch(/^leidraad\.yaml:\d+:16 voice\.addressForm: /);
    const lineNo = Number(/^leidraad\.yaml:(\d+):/.exec(form ?? '')?.[1]);
    expect(yaml.split('\n')[lineNo - 1]).toContain('addressForm: jullie');
    expect(lines.some((l) => /rules\[\d+\]\.severity: /.test(l))).toBe(true);
  });

  it('reports unknown kinds and broken references with their path', () => {
    const dir = tempDir();
    cli(['init'], { cwd: dir });
    let yaml = readFileSync(join(dir, 'leidraad.yaml'), 'utf8');
    yaml = yaml.replace(/^( {4}extends:) terms$/m, '$1 termz');
    writeFileSync(join(dir, 'leidraad.yaml'), yaml);
    const r = cli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^leidraad\.yaml:\d+:\d+ rules\[\d+\]\.extends: onbekende controlesoort "termz"/m,
    );
    const en = cli(['validate', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toMatch(/rules\[\d+\]\.extends: unknown check kind "termz"/);
  });

  it('reports YAML syntax errors at their position', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'g.yaml'), 'version: 1\nlanguage: [nl\n');
    const r = cli(['validate', 'g.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^g\.yaml:\d+:\d+ /);
  });
});

describe('leidraad handbook', () => {
  it('writes one HTML page with an anchor per rule and a search box', () => {
    const dir = tempDir();
    const r = cli(['handbook', '-o', 'handbook.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'handbook.html'), 'utf8');
    expect(html).toMatch(/<html[^>]*lang="nl"/);
    for (const id of ['confidential', 'respect', 'playbook', 'moderation', 'copyright'])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain('type="search"');
    expect(html).not.toContain('Project Zeus');
  });

  it('writes Markdown with --format md, in English with --lang en', () => {
    const r = cli(['handbook', '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /m);
    expect(r.stdout).toContain('<a id="first-person"></a>');
  });
});
