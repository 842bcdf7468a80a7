import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { cli, tempDir } from './run-cli.js';

const ISSUE = '@bedrijf al 3 weken wacht ik op mijn terugbetaling, dit is echt belachelijk';

describe('leidraad classify', () => {
  it('classifies the issue example as JSON in the contract shape', () => {
    const r = cli(['classify', '-', '--format', 'json'], { input: ISSUE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      situation: 'complaint',
      sentiment: 'negative',
      language: 'nl',
      reply: { addressForm: 'u' },
      route: { team: 'webcare', dueInMinutes: 30 },
    });
    expect(typeof out.confidence).toBe('number');
    expect(out.reply.text).toMatch(/^Wat vervelend/);
    expect(out.steps.length).toBeGreaterThan(0);
    expect(out.signals.some((s: { kind: string }) => s.kind === 'cue')).toBe(true);
  });

  it('prints situation, why, steps, the draft and the route as text', () => {
    const r = cli(
      ['classify', '-', '--channel', 'x', '--customer', '@reiziger', '--initials', 'MO'],
      {
        input: ISSUE,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Situatie: Een ontevreden reiziger (complaint)');
    expect(r.stdout).toContain('Waarom:');
    expect(r.stdout).toMatch(/"belachelijk" \[\d+-\d+\] wijst op complaint/);
    expect(r.stdout).toContain('Stappen:');
    expect(r.stdout).toContain('Conceptantwoord (jij-vorm):');
    expect(r.stdout).toContain('Wat vervelend, @reiziger, en sorry dat je reis zo is gelopen.');
    expect(r.stdout).toContain('^MO');
    expect(r.stdout).toContain('Route: Webcare (webcare), binnen 30 minuten');
  });

  it('prints English labels with --lang en and escalates urgent messages', () => {
    const r = cli(['classify', '-', '--lang', 'en'], {
      input: 'A man with a knife is threatening people on platform 2!',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(urgent)');
    expect(r.stdout).toContain('Escalate to Communications (Online) (communicatie)');
  });

  it('reads a file and picks up a situation the guideline adds, without code', () => {
    const dir = tempDir();
    expect(cli(['init', '.', '--lang', 'en'], { cwd: dir }).code).toBe(0);
    const doc = parseDocument(readFileSync(join(dir, 'leidraad.yaml'), 'utf8'));
    const situations = doc.getIn(['playbook', 'situations']) as { add(v: unknown): void };
    situations.add(
      doc.createNode({
        id: 'lost-property',
        title: 'Something left on the train',
        when: 'Someone left something on the train or at the station.',
        steps: ['Point to the lost property form.'],
        templates: { u: 'Sorry you lost something, {customer}. {signature}' },
        route: { team: 'webcare', dueInMinutes: 120 },
        examples: ['I left my backpack on the train', 'Forgot my phone on the intercity'],
        cues: ['left my', 'lost property'],
      }),
    );
    writeFileSync(join(dir, 'custom.yaml'), doc.toString());
    writeFileSync(join(dir, 'msg.txt'), 'I left my umbrella on the train to Utrecht');
    const r = cli(['classify', 'msg.txt', '--guideline', 'custom.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      situation: 'lost-property',
      language: 'en',
      route: { team: 'webcare', dueInMinutes: 120 },
    });
  });

  it('exits 2 on bad usage and unreadable input', () => {
    expect(cli(['classify', '-', '--format', 'xml'], { input: 'x' }).code).toBe(2);
    expect(cli(['classify', '-', '--channel', 'myspace'], { input: 'x' }).code).toBe(2);
    const missing = cli(['classify', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.txt: no such file');
    expect(cli(['classify', '-'], { input: '  ' }).code).toBe(2);
    expect(cli(['classify', 'a', 'b']).code).toBe(2);
  });

  it('classifies a JSONL batch: one result per message, bad lines reported, a table of situations', () => {
    const dir = tempDir();
    const lines = [
      JSON.stringify({ id: 'a', text: ISSUE, customer: '@klant' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Hoe laat gaat de eerste trein naar Zwolle?', channel: 'x' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'Dank jullie wel, top geregeld!', channel: 'myspace' }),
      JSON.stringify({ id: 'e', text: 'Alweer vertraging, ik ben het zat.' }),
    ];
    writeFileSync(join(dir, 'inbox.jsonl'), `${lines.join('\n')}\n`);
    const r = cli(['classify', '--batch', 'inbox.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((x) => [x.id, x.situation])).toEqual([
      ['a', 'complaint'],
      ['b', 'question'],
      ['e', 'complaint'],
    ]);
    expect(results[0].reply.text).toContain('@klant');
    expect(results[1].reply.addressForm).toBe('jij');
    expect(r.stderr).toContain('inbox.jsonl:2: not valid JSON');
    expect(r.stderr).toContain('inbox.jsonl:4: missing "text"');
    expect(r.stderr).toContain('inbox.jsonl:5: unknown channel "myspace"');
    expect(r.stderr).toMatch(/complaint\s+2\s+66\.7%/);
    expect(r.stderr).toMatch(/question\s+1\s+33\.3%/);
    expect(r.stderr).toContain('3 berichten ingedeeld, 3 onleesbare regels.');
  });

  it('classifies a CSV batch and exits 0 when every line was read', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'inbox.csv'),
      'id,text\n1,"Thank you, brilliant service today!"\n2,"How do I add my railcard to the app?"\n',
    );
    const r = cli(['classify', '--batch', 'inbox.csv', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((x) => x.situation)).toEqual(['positive', 'question']);
    expect(r.stderr).toContain('2 messages classified, 0 unreadable lines.');
  });
});
