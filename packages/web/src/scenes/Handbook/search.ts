/** Filtering the handbook as the reader types: whole articles and chapters stay intact. */
import { type Block, blockText, type Chapter, type HandbookDocument } from './document.js';

/** Lower case without diacritics, so "cliënt" finds "client" and the other way round. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matcher(query: string): ((text: string) => boolean) | undefined {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return (text) => {
    const hay = fold(text);
    return words.every((w) => hay.includes(w));
  };
}

export type SearchResult = { chapters: Chapter[]; matches: number };

/**
 * The chapters and blocks that contain every word of the query. A chapter whose title
 * matches stays whole; otherwise only its matching blocks remain (a group keeps its
 * matching children). `matches` counts the blocks kept.
 */
export function searchHandbook(doc: HandbookDocument, query: string): SearchResult {
  const matches = matcher(query);
  if (!matches) return { chapters: [...doc.chapters], matches: 0 };
  let count = 0;
  const filterBlocks = (blocks: readonly Block[]): Block[] => {
    const kept: Block[] = [];
    for (const b of blocks) {
      if (b.kind === 'group' && !matches(b.title)) {
        const children = filterBlocks(b.blocks);
        if (children.length > 0) kept.push({ ...b, blocks: children });
      } else if (matches(blockText(b))) {
        kept.push(b);
        count++;
      }
    }
    return kept;
  };
  const chapters: Chapter[] = [];
  for (const c of doc.chapters) {
    if (matches(c.title)) {
      chapters.push(c);
      count += c.blocks.length;
      continue;
    }
    const blocks = filterBlocks(c.blocks);
    if (blocks.length > 0) chapters.push({ ...c, blocks });
  }
  return { chapters, matches: count };
}
