import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { type KindRegistry, parseGuideline } from '../src/guideline/load.js';
import { guidelineSchema } from '../src/guideline/schema.js';
import { articleAnchors } from '../src/guideline/validate-references.js';
import { KINDS } from '../src/kinds/index.js';
import type { CheckKind } from '../src/kinds/types.js';
import { renderMarkdown } from '../src/render/index.js';

/**
 * docs/guideline.md: the YAML examples from "## Top level" on, merged (lists appended,
 * maps merged), make one complete guideline that validates. Registered kinds validate
 * their options; a kind not yet registered accepts any options.
 */
const docFile = fileURLToPath(new URL('../../../docs/guideline.md', import.meta.url));
const permissive = {
  options: { safeParse: (v: unknown) => ({ success: true, data: v }) },
} as CheckKind<unknown>;
const kinds = new Proxy(KINDS, {
  get: (target, key: string) => target[key] ?? permissive,
}) as KindRegistry;

function examplesOf(markdown: string): string[] {
  const from = markdown.indexOf('\n## Top level');
  return [...markdown.slice(from).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

function merge(blocks: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const block of blocks) {
    const doc = parseDocument(block);
    expect(doc.errors, block).toEqual([]);
    expect(isMap(doc.contents) || isSeq(doc.contents), block).toBe(true);
    for (const [key, value] of Object.entries(doc.toJS() as Record<string, unknown>)) {
      const prev = out[key];
      if (Array.isArray(prev) && Array.isArray(value)) out[key] = [...prev, ...value];
      else if (isRecord(prev) && isRecord(value)) out[key] = { ...prev, ...value };
      else out[key] = value;
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

describe('docs/guideline.md', () => {
  const markdown = readFileSync(docFile, 'utf8');
  const merged = merge(examplesOf(markdown));

  it('has examples that together form a valid guideline', () => {
    const source = JSON.stringify(merged);
    const g = parseGuideline(source, 'docs/guideline.md', kinds);
    expect(g.rules.map((r) => r.id)).toContain('confidential');
    expect(articleAnchors(g).has('situation-complaint')).toBe(true);
    expect(renderMarkdown(g, 'en')).not.toContain('Project Zeewind');
  });

  it('documents every top-level key in the table and with an example', () => {
    expect(Object.keys(merged).sort()).toEqual(Object.keys(guidelineSchema.shape).sort());
    for (const key of Object.keys(merged)) expect(markdown, key).toContain(`| \`${key}\` |`);
  });
});
