/** The handbook document model of core (`buildHandbook`), as the web app renders it. */
import { type buildHandbook, inlines, plain, proseParts } from '@leidraad/core';

export { inlines, plain, proseParts };

export type HandbookDocument = ReturnType<typeof buildHandbook>;
export type Chapter = HandbookDocument['chapters'][number];
export type Block = Chapter['blocks'][number];
export type Rich = Extract<Block, { kind: 'paragraph' }>['content'];
export type Inline = Exclude<Rich, readonly unknown[]>;

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
