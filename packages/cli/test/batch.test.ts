import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, tempDir } from './run-cli.js';

/**
 * Runs the command with stderr on a terminal (util-linux `script` gives it a pseudo-terminal)
 * and stdout to `out.jsonl`; returns what the terminal shows, line by line.
 */
function inTerminal(args: string[], cwd: string): { code: number; screen: string[] } {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', `${command} > out.jsonl`, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '120' },
  });
  return { code: r.status ?? -1, screen: screenOf(r.stdout) };
}

/**
 * The lines a terminal shows for `output`: carriage returns, cursor-to-column and
 * clear-line sequences applied, other escape sequences (cursor shown or hidden) left out.
 */
function screenOf(output: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let column = 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences
  const token = /\x1b\[([?\d;]*)([A-Za-z])|\r|\n|[^\x1b\r\n]/g;
  for (const [t, params, code] of output.matchAll(token)) {
    if (t === '\n') {
      lines.push(line.join('').trimEnd());
      line = [];
      column = 0;
    } else if (t === '\r') column = 0;
    else if (code === 'G') column = Math.max(0, Number(params || 1) - 1);
    else if (code === 'K') line = params === '2' ? [] : line.slice(0, column);
    else if (code === undefined) line[column++] = t;
  }
  lines.push(line.join('').trimEnd());
  return lines.filter((l) => l !== '');
}

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

  it('on a terminal, writes each bad line on a line of its own, not onto the progress bar', () => {
    const dir = tempDir();
    const lines = [
      '{not json',
      JSON.stringify({ id: 'a', text: 'Mooie dag op het werk vandaag.' }),
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'x', channel: 'myspace' }),
      JSON.stringify({ id: 'd', text: 'Project Zeus komt eraan!' }),
    ];
    writeFileSync(join(dir, 'archive.jsonl'), `${lines.join('\n')}\n`);
    const { code, screen } = inTerminal(['check', '--batch', 'archive.jsonl', '--lang', 'en'], dir);
    expect(code).toBe(1);
    const results = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n');
    expect(results.map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
    expect(screen.filter((l) => l.startsWith('archive.jsonl:1: not valid JSON ('))).toHaveLength(1);
    expect(screen).toContain('archive.jsonl:3: missing "text" (a string)');
    expect(screen).toContain('archive.jsonl:4: unknown channel "myspace"');
    expect(screen).toContain('2 posts checked, 1 with errors, 3 unreadable lines.');
    // the bar is gone once the run is done
    expect(screen.filter((l) => l.includes('posts/s'))).toEqual([]);
  });

  it('classify --batch on a terminal writes bad lines apart from the progress bar too', () => {
    const dir = tempDir();
    const lines = [
      JSON.stringify({ id: '1', text: 'Mijn pakket is nog steeds niet bezorgd!' }),
      JSON.stringify({ id: '2', text: '  ' }),
      JSON.stringify({ id: '3', text: 'Waar blijft mijn bestelling?' }),
    ];
    writeFileSync(join(dir, 'inbox.jsonl'), `${lines.join('\n')}\n`);
    const { code, screen } = inTerminal(
      ['classify', '--batch', 'inbox.jsonl', '--lang', 'en'],
      dir,
    );
    expect(code).toBe(1);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(screen).toContain('inbox.jsonl:2: "text" is empty');
    expect(screen.filter((l) => l.includes('messages/s'))).toEqual([]);
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
