/**
 * The docs are tests (ESLint-style): every kind has a module, a test file and a docs
 * page; every stable rule has a docs page; and every example on those pages is run:
 * "Incorrect" blocks must be flagged, "Correct" blocks must not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  type CheckInput,
  compileContext,
  KINDS,
  type Lang,
  loadChecker,
  type Media,
  POST_KINDS,
  type PostKind,
  runKind,
} from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const STABLE_RULES = [
  'confidential',
  'personal-data',
  'secrets',
  'competitor',
  'respect',
  'spam',
  'address-form',
  'first-person',
  'disclosure',
  'copyright',
  'channel-limits',
  'accessibility',
];

type Example = {
  expect: 'incorrect' | 'correct';
  text: string;
  lang: Lang;
  as: PostKind;
  channel?: string;
  media?: Media[];
  line: number;
};

/** Reads the fenced ```text blocks under "### Incorrect" / "### Correct" headings. */
export function examplesOf(markdown: string): { options: unknown; examples: Example[] } {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  let section: Example['expect'] | undefined;
  let options: unknown;
  let inOptions = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^##\s+Options/i.test(line)) inOptions = true;
    else if (/^##\s/.test(line)) inOptions = false;
    if (/^###\s+Incorrect/i.test(line)) section = 'incorrect';
    else if (/^###\s+Correct/i.test(line)) section = 'correct';
    else if (/^#{1,3}\s/.test(line) && !/^###/.test(line))
      section = section && /^##\s+Examples/i.test(line) ? section : undefined;
    const fence = /^```(\w+)(.*)$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++)
      body.push(lines[i] ?? '');
    if (fence[1] === 'yaml' && inOptions && options === undefined)
      options = parseYaml(body.join('\n')) ?? {};
    if (fence[1] !== 'text' || !section) continue;
    const attrs = Object.fromEntries(
      [...(fence[2] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]),
    );
    const as = (attrs.as ?? 'personal') as PostKind;
    if (!(POST_KINDS as readonly string[]).includes(as))
      throw new Error(`line ${start}: bad as=${attrs.as}`);
    examples.push({
      expect: section,
      text: body.join('\n'),
      lang: (attrs.lang ?? 'nl') as Lang,
      as,
      ...(attrs.channel ? { channel: attrs.channel } : {}),
      ...(attrs.media ? { media: [mediaOf(attrs)] } : {}),
      line: start,
    });
  }
  return { options, examples };
}

/** `media=photo.jpg asset=id alt=Two_words attribution=Foto:_Jan` attach one image to the example. */
function mediaOf(attrs: Record<string, string | undefined>): Media {
  const words = (v: string | undefined) => v?.replaceAll('_', ' ');
  const media: Media = { src: attrs.media ?? '' };
  if (attrs.asset) media.asset = attrs.asset;
  if (attrs.alt) media.alt = words(attrs.alt) ?? '';
  if (attrs.attribution) media.attribution = words(attrs.attribution) ?? '';
  return media;
}

function inputOf(ex: Example): CheckInput {
  return {
    text: ex.text,
    as: ex.as,
    lang: ex.lang,
    ...(ex.channel ? { channel: ex.channel } : {}),
    ...(ex.media ? { media: ex.media } : {}),
  };
}

const kindIds = Object.keys(KINDS);

describe('every check kind has its module, test file and docs page', () => {
  it('has kinds registered', () => {
    expect(kindIds.length).toBeGreaterThanOrEqual(12);
  });
  for (const id of kindIds) {
    it(id, () => {
      expect(
        existsSync(join(root, 'packages/core/src/kinds', `${id}.ts`)),
        `module kinds/${id}.ts`,
      ).toBe(true);
      expect(
        existsSync(join(root, 'packages/core/test/kinds', `${id}.test.ts`)),
        `test kinds/${id}.test.ts`,
      ).toBe(true);
      expect(existsSync(join(root, 'docs/kinds', `${id}.md`)), `docs/kinds/${id}.md`).toBe(true);
    });
  }
  it('has no docs page for a kind that does not exist', () => {
    const pages = readdirSync(join(root, 'docs/kinds')).filter(
      (f) => f.endsWith('.md') && f !== 'README.md',
    );
    expect(pages.map((p) => p.replace(/\.md$/, '')).sort()).toEqual([...kindIds].sort());
  });
});

describe('kind docs examples', () => {
  for (const id of kindIds) {
    const page = join(root, 'docs/kinds', `${id}.md`);
    if (!existsSync(page)) continue;
    const { options, examples } = examplesOf(readFileSync(page, 'utf8'));
    it(`${id} has incorrect and correct examples`, () => {
      expect(examples.some((e) => e.expect === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.expect === 'correct')).toBe(true);
    });
    for (const ex of examples) {
      it(`${id} ${ex.expect} (docs/kinds/${id}.md:${ex.line})`, () => {
        const kind = KINDS[id];
        if (!kind) throw new Error(`no kind ${id}`);
        const checker = loadChecker(readFileSync(join(root, 'guidelines/nl.yaml'), 'utf8'));
        const channel = ex.channel ? checker.channel(ex.channel) : undefined;
        const findings = runKind(kind, options ?? {}, inputOf(ex), {
          lang: ex.lang,
          ...(channel ? { channel } : {}),
          context: compileContext(checker.guideline),
        });
        if (ex.expect === 'incorrect') expect(findings.length, ex.text).toBeGreaterThan(0);
        else expect(findings, ex.text).toEqual([]);
      });
    }
  }
});

describe('default rules: docs pages and their examples run against the default guideline', () => {
  for (const lang of ['nl', 'en'] as const) {
    const source = readFileSync(join(root, 'guidelines', `${lang}.yaml`), 'utf8');
    const checker = loadChecker(source, `guidelines/${lang}.yaml`);
    it(`guidelines/${lang}.yaml enforces every stable rule`, () => {
      for (const rule of STABLE_RULES) expect(checker.ruleIds, rule).toContain(rule);
    });
  }
  const checker = loadChecker(readFileSync(join(root, 'guidelines/nl.yaml'), 'utf8'));
  for (const rule of STABLE_RULES) {
    const page = join(root, 'docs/rules', `${rule}.md`);
    it(`docs/rules/${rule}.md exists`, () => expect(existsSync(page)).toBe(true));
    if (!existsSync(page)) continue;
    for (const ex of examplesOf(readFileSync(page, 'utf8')).examples) {
      it(`${rule} ${ex.expect} (docs/rules/${rule}.md:${ex.line})`, () => {
        const result = checker.check(inputOf(ex), { lang: ex.lang });
        const ours = result.findings.filter((f) => f.rule === rule);
        if (ex.expect === 'incorrect') expect(ours.length, ex.text).toBeGreaterThan(0);
        else expect(ours, ex.text).toEqual([]);
      });
    }
  }
});
