import { readFileSync } from 'node:fs';
import { articleAnchors, buildHandbook, loadGuideline } from '@leidraad/core';
import { describe, expect, it } from 'vitest';
import type { Block, HandbookDocument } from '../src/scenes/Handbook/document.js';
import { fold, searchHandbook } from '../src/scenes/Handbook/search.js';

const guideline = loadGuideline(
  readFileSync(new URL('../../../guidelines/nl.yaml', import.meta.url), 'utf8'),
);
const doc = buildHandbook(guideline, 'nl');

function ids(d: HandbookDocument): Set<string> {
  const out = new Set<string>();
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'item' && b.id) out.add(b.id);
      if (b.kind === 'item' || b.kind === 'group') walk(b.blocks);
    }
  };
  for (const c of d.chapters) {
    if (c.id) out.add(c.id);
    walk(c.blocks);
  }
  return out;
}

describe('handbook anchors', () => {
  it('has an element for every article a finding may link to', () => {
    const present = ids(doc);
    const missing = [...articleAnchors(guideline)].filter((a) => !present.has(a));
    expect(missing).toEqual([]);
  });
});

describe('searchHandbook', () => {
  it('keeps everything for an empty query', () => {
    const found = searchHandbook(doc, '  ');
    expect(found.chapters).toHaveLength(doc.chapters.length);
  });

  it('keeps only chapters and blocks containing every word', () => {
    const rule = guideline.rules[0];
    if (!rule) throw new Error('the default guideline has rules');
    const found = searchHandbook(doc, rule.title);
    expect(found.matches).toBeGreaterThan(0);
    expect(found.chapters.length).toBeLessThan(doc.chapters.length);
    expect(ids({ ...doc, chapters: found.chapters }).has(rule.id)).toBe(true);
  });

  it('keeps a chapter whole when its title matches', () => {
    const chapter = doc.chapters.find((c) => c.blocks.length > 1);
    if (!chapter) throw new Error('a chapter with blocks');
    const found = searchHandbook(doc, chapter.title);
    expect(found.chapters.find((c) => c.id === chapter.id)?.blocks).toHaveLength(
      chapter.blocks.length,
    );
  });

  it('finds nothing for a word that is not there', () => {
    expect(searchHandbook(doc, 'xyzzyplugh').chapters).toEqual([]);
  });

  it('ignores case and diacritics', () => {
    expect(fold('Cliënt ÉÉN')).toBe('client een');
    const plainQuery = searchHandbook(doc, 'client');
    const accented = searchHandbook(doc, 'CLIËNT');
    expect(accented.matches).toBe(plainQuery.matches);
  });
});
