import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';

describe('leidraad check --batch', () => {
  it('checks a JSONL export: one result per post, bad lines reported, run goes on, per-rule table', () => {
    const dir = tempDir();
    const lines = [
      JSON.stringify({ id: 'a', text: 'Mooie dag op het werk vandaag.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Project Zeus komt eraan!' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'Mail me: jan.jansen@gmail.com', as: 'reply', channel: 'x' }),
      JSON.stringify({ id: 'e', text: 'x', channel: 'myspace' }),
    ];
    writeFileSync(join(dir, 'archive.jsonl'), `${lines.join('\n')}\n`);
    const r = cli(['check', '--batch', 'archive.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((x) => x.id)).toEqual(['a', 'b', 'd']);
    expect(results[0]).toEqual({
      id: 'a',
      findings: [],
      summary: { errors: 0, warnings: 0, infos: 0 },
    });
    expect(results[1].findings.map((f: { rule: string }) => f.rule)).toContain('confidential');
    expect(results[2].findings.map((f: { rule: string }) => f.rule)).toContain('personal-data');
    expect(r.stderr).toContain('archive.jsonl:2: not valid JSON');
    expect(r.stderr).toContain('archive.jsonl:4: missing "text"');
    expect(r.stderr).toContain('archive.jsonl:6: unknown channel "myspace"');
    expect(r.stderr).toMatch(/confidential\s+1\s+1/);
    expect(r.stderr).toContain('3 berichten gecontroleerd, 2 met fouten, 3 onleesbare regels.');
  });

  it('checks a CSV export with a text column, quoted newlines included', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'archive.csv'),
      'id,text,channel\n1,"Fijne dag allemaal",x\n2,"Regel een\nProject Zeus",linkedin\n3,"kapot""\n',
    );
    const r = cli(['check', '--batch', 'archive.csv', '--lang', 'en'], { cwd: dir });
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((x) => x.id)).toEqual(['1', '2']);
    expect(results[1].findings[0]).toMatchObject({ rule: 'confidential' });
    expect(r.stderr).toMatch(/2 posts checked, 1 with errors, 1 unreadable lines/);
  });

  it('flags near-duplicate posting across the archive', () => {
    const dir = tempDir();
    const post =
      'Vandaag rijden er extra treinen tussen Utrecht en Amsterdam vanwege het evenement in de stad.';
    const lines = [post, `${post} Kom ook!`].map((text, i) =>
      JSON.stringify({ id: String(i), text }),
    );
    writeFileSync(join(dir, 'dup.jsonl'), lines.join('\n'));
    const r = cli(['check', '--batch', 'dup.jsonl', '--format', 'json'], { cwd: dir });
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results[0].findings).toEqual([]);
    expect(results[1].findings.map((f: { rule: string }) => f.rule)).toContain('spam');
  });

  it('refuses files it cannot read as a batch', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'posts.txt'), 'hoi');
    const r = cli(['check', '--batch', 'posts.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.jsonl');
    const noText = join(dir, 'x.csv');
    writeFileSync(noText, 'id,body\n1,hoi\n');
    const r2 = cli(['check', '--batch', 'x.csv'], { cwd: dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('no "text" column');
  });
});
