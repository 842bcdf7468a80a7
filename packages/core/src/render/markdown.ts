import type { Block, Chapter, HandbookDocument, Inline, Rich } from './document.js';
import { inlines, proseParts } from './document.js';
import { escapeMarkdown, escapeMarkdownInline as md, safeHref } from './escape.js';
import type { Labels } from './labels.js';

/**
 * GitHub-flavoured Markdown. Each anchored heading is preceded by an explicit
 * `<a id="…"></a>`, so `handbook.md#<anchor>` works on any renderer.
 */
export function toMarkdown(doc: HandbookDocument, l: Labels): string {
  const out: string[] = [`# ${md(doc.title)}`];
  if (doc.subtitle) out.push(`_${md(doc.subtitle)}_`);
  out.push(
    `## ${md(l.contents)}`,
    doc.chapters
      .map((c) => (c.id ? `- [${md(c.title)}](#${c.id})` : `- ${md(c.title)}`))
      .join('\n'),
  );
  for (const c of doc.chapters) out.push(chapter(c));
  return `${out.join('\n\n')}\n`;
}

function chapter(c: Chapter): string {
  return [`${anchor(c.id)}## ${md(c.title)}`, ...c.blocks.map((b) => block(b, 3))].join('\n\n');
}

function block(b: Block, level: number): string {
  switch (b.kind) {
    case 'paragraph':
      return rich(b.content);
    case 'prose':
      return proseParts(b.text)
        .map((p) =>
          p.kind === 'list' ? p.lines.map((x) => `- ${md(x)}`).join('\n') : md(p.lines.join(' ')),
        )
        .join('\n\n');
    case 'list':
      return b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '-'} ${rich(i)}`).join('\n');
    case 'facts':
      return b.items.map((f) => `- **${md(f.label)}:** ${rich(f.value)}`).join('\n');
    case 'table':
      return table(b);
    case 'examples': {
      const side = (mark: string, label: string, items: readonly string[]): string[] =>
        items.length === 0
          ? []
          : [`**${mark} ${md(label)}**`, items.map((x) => `- ${md(x)}`).join('\n')];
      return [...side('✓', b.goodLabel, b.good), ...side('✗', b.badLabel, b.bad)].join('\n\n');
    }
    case 'quote': {
      const lines = b.text.split('\n').map((x) => escapeMarkdown(x.trim()));
      return `**${md(b.label)}**\n\n${lines.map((x, i) => `> ${x}${i < lines.length - 1 ? '\\' : ''}`).join('\n')}`;
    }
    case 'group':
      return [
        `${'#'.repeat(level)} ${md(b.title)}`,
        ...b.blocks.map((x) => block(x, level + 1)),
      ].join('\n\n');
    case 'item':
      return [
        `${anchor(b.id)}${'#'.repeat(level)} ${rich(b.title)}`,
        ...b.blocks.map((x) => block(x, level + 1)),
      ].join('\n\n');
  }
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const row = (cells: readonly Rich[]): string => `| ${cells.map((c) => cell(c)).join(' | ')} |`;
  return [row(b.head), `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map(row)].join('\n');
}

function cell(r: Rich): string {
  const text = rich(r).replace(/\|/g, '\\|');
  return text === '' ? ' ' : text;
}

function rich(r: Rich): string {
  return inlines(r).map(inline).join('');
}

function inline(i: Inline): string {
  if (typeof i === 'string') return md(i);
  switch (i.kind) {
    case 'link': {
      const href = safeHref(i.href);
      return href ? `[${md(i.text)}](${href.replace(/[()\s]/g, encodeURIComponent)})` : md(i.text);
    }
    case 'strong':
      return `**${md(i.text)}**`;
    case 'code':
      return code(i.text.replace(/\s*\n\s*/g, ' '));
    case 'badge':
      if (i.tone === 'do') return `✅ ${md(i.text)}:`;
      if (i.tone === 'dont') return `⛔ ${md(i.text)}:`;
      return i.tone === 'current' ? `**${md(i.text)}**` : md(i.text);
  }
}

function anchor(id: string | undefined): string {
  return id ? `<a id="${id}"></a>\n` : '';
}

/** An inline code span; a longer fence when the text holds backticks. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
