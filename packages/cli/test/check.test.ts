import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';

describe('leidraad check', () => {
  it('flags a confidential term with its exact span, article and exit code 1', () => {
    const text = 'Morgen presenteren we Project Zeus aan de pers!';
    const r = cli(['check', '-', '--format', 'json'], { input: text });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const f = out.findings.find((x: { rule: string }) => x.rule === 'confidential');
    expect(f).toMatchObject({ severity: 'error', guideline: expect.any(String) });
    expect(text.slice(f.start, f.end)).toBe('Project Zeus');
    expect(out.summary.errors).toBeGreaterThanOrEqual(1);
  });

  it('exits 0 and prints "Geen bevindingen." on a clean post', () => {
    const r = cli(['check', '-'], {
      input: 'Ik heb vandaag met plezier aan een mooi project gewerkt.',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Geen bevindingen.');
    expect(r.code).toBe(0);
  });

  it('keeps offsets in UTF-16 units of the input as given, emoji and newline included', () => {
    const text = '😀👍🏽 Zie\nProject Zeus\n';
    const out = JSON.parse(cli(['check', '-', '--format', 'json'], { input: text }).stdout);
    const f = out.findings.find((x: { rule: string }) => x.rule === 'confidential');
    expect(text.slice(f.start, f.end)).toBe('Project Zeus');
  });

  it('prints findings in English with --lang en, with position and rule', () => {
    const r = cli(['check', '-', '--lang', 'en'], {
      input: 'Bel me op 06-12345678 over Project Zeus',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:1:\d+ {2}error {2}.+\[confidential\]/);
    expect(r.stdout).toMatch(/finding\(s\)/);
  });

  it('writes SARIF 2.1.0 with rule ids and UTF-16 regions', () => {
    const text = 'Dit is vertrouwelijk: Project Zeus.';
    const r = cli(['check', '-', '--format', 'sarif'], { input: text });
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'confidential');
    expect(result.level).toBe('error');
    const region = result.locations[0].physicalLocation.region;
    expect(text.substr(region.charOffset, region.charLength)).toBe('Project Zeus');
    expect(region.startLine).toBe(1);
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('respect');
  });

  it('applies the channel: the limits of X and the address form of a reply', () => {
    const long = `${'Wij rijden vandaag extra treinen naar de kust. '.repeat(7)}`;
    const r = cli(['check', '-', '--channel', 'x', '--as', 'corporate', '--format', 'json'], {
      input: long,
    });
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('channel-limits');
    const bluesky = cli(
      ['check', '-', '--channel', 'linkedin', '--as', 'corporate', '--format', 'json'],
      { input: long },
    );
    expect(JSON.parse(bluesky.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'channel-limits',
    );
  });

  it('checks attached media with --media FILE[#ASSET] against the asset register', () => {
    const rules = (args: string[]) =>
      JSON.parse(
        cli(['check', '-', '--format', 'json', ...args], { input: 'Mooie foto!' }).stdout,
      ).findings.map((f: { rule: string }) => f.rule);
    expect(rules(['--media', 'van-internet.jpg'])).toContain('copyright');
    expect(rules(['--media', 'intercity.jpg#intercity-utrecht-2026'])).not.toContain('copyright');
    expect(rules([])).not.toContain('copyright');
  });

  it('reads a file argument and names it in the output', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'post.txt'), 'Project Zeus gaat live.');
    const r = cli(['check', 'post.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^post\.txt:1:1 /);
  });

  it('uses ./leidraad.yaml when present', () => {
    const dir = tempDir();
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
    const r = cli(['check', '-', '--format', 'json'], { cwd: dir, input: 'Project Zeus' });
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });

  it('never answers from a stale guideline cache after the guideline changes', () => {
    const dir = tempDir();
    cli(['init'], { cwd: dir });
    const rules = () =>
      JSON.parse(
        cli(['check', '-', '--format', 'json'], { cwd: dir, input: 'Project Zeus' }).stdout,
      ).findings.map((f: { rule: string }) => f.rule);
    expect(rules()).toContain('confidential');
    expect(rules()).toContain('confidential');
    const file = join(dir, 'leidraad.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('- term: Project Zeus', '- term: Project Apollo'),
    );
    expect(rules()).not.toContain('confidential');
  });

  it('exits 2 with a clear message on bad usage or unreadable input', () => {
    const missing = cli(['check', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.txt: no such file');
    const channel = cli(['check', '-', '--channel', 'myspace'], { input: 'hoi' });
    expect(channel.code).toBe(2);
    expect(channel.stderr).toContain('unknown channel "myspace"');
    const as = cli(['check', '-', '--as', 'tweet'], { input: 'hoi' });
    expect(as.code).toBe(2);
    expect(as.stderr).toContain('--as must be one of personal, corporate, reply');
    const flag = cli(['check', '--frobnicate']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('frobnicate');
    const dir = tempDir();
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const binary = cli(['check', 'bin.txt'], { cwd: dir });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('not valid UTF-8');
    expect(cli(['frob']).code).toBe(2);
  });

  it('exits 2 naming file:line:col when the guideline is broken', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\nlanguage: fr\n');
    const r = cli(['check', '-', '--guideline', 'bad.yaml'], { cwd: dir, input: 'hoi' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\.yaml:2:11 language: /m);
  });
});
