/** The handbook document model of core (`buildHandbook`), as the web app renders it. */
import type { buildHandbook } from '@leidraad/core';

export type HandbookDocument = ReturnType<typeof buildHandbook>;
export type Chapter = HandbookDocument['chapters'][number];
export type Block = Chapter['blocks'][number];
export type Rich = Extract<Block, { kind: 'paragraph' }>['content'];
export type Inline = Exclude<Rich, readonly unknown[]>;

export function inlines(r: Rich): readonly Inline[] {
  return Array.isArray(r) ? (r as readonly Inline[]) : [r as Inline];
}

export function plain(r: Rich): string {
  return inlines(r)
    .map((i) => (typeof i === 'string' ? i : i.text))
    .join('');
}

/** Author prose: blank lines separate paragraphs; lines starting with "- " make a list. */
export function proseParts(text: string): { kind: 'paragraph' | 'list'; lines: string[] }[] {
  const parts: { kind: 'paragraph' | 'list'; lines: string[] }[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    const list = lines.every((l) => /^[-*•]\s+/.test(l));
    parts.push({
      kind: list ? 'list' : 'paragraph',
      lines: list ? lines.map((l) => l.replace(/^[-*•]\s+/, '')) : lines,
    });
  }
  return parts;
}

/** All text of a block, for search. */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return plain(b.content);
    case 'prose':
      return b.text;
    case 'list':
      return b.items.map(plain).join(' ');
    case 'facts':
      return b.items.map((f) => `${f.label} ${plain(f.value)}`).join(' ');
    case 'table':
      return [b.caption, ...b.head.map(plain), ...b.rows.flatMap((r) => r.map(plain))].join(' ');
    case 'examples':
      return [...b.good, ...b.bad].join(' ');
    case 'quote':
      return `${b.label} ${b.text}`;
    case 'group':
      return `${b.title} ${b.blocks.map(blockText).join(' ')}`;
    case 'item':
      return `${plain(b.title)} ${b.blocks.map(blockText).join(' ')}`;
  }
}
