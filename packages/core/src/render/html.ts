import type { Block, Chapter, HandbookDocument, Inline, Rich } from './document.js';
import { inlines, proseParts } from './document.js';
import { escapeHtml as esc, safeHref } from './escape.js';
import { HANDBOOK_CSS, HANDBOOK_SCRIPT } from './html-assets.js';
import type { Labels } from './labels.js';

/** One self-contained, semantic HTML page. All document text is escaped here. */
export function toHtml(doc: HandbookDocument, l: Labels): string {
  const toc = doc.chapters
    .map((c) => `<li>${c.id ? `<a href="#${esc(c.id)}">${esc(c.title)}</a>` : esc(c.title)}</li>`)
    .join('');
  return [
    '<!doctype html>',
    `<html lang="${esc(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${HANDBOOK_CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main_content">${esc(l.skipToContent)}</a>`,
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
    doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : '',
    `<form class="search" role="search" hidden data-count="${esc(l.searchCount)}" data-none="${esc(l.noResults)}">`,
    `<label for="search_input">${esc(l.search)}</label>`,
    `<input type="search" id="search_input" autocomplete="off" aria-describedby="search_hint">`,
    `<p id="search_hint">${esc(l.searchHint)}</p>`,
    '<p role="status" aria-live="polite"></p>',
    '</form>',
    '</header>',
    `<nav aria-labelledby="toc_title"><h2 id="toc_title">${esc(l.contents)}</h2><ol>${toc}</ol></nav>`,
    '<main id="main_content">',
    ...doc.chapters.map(chapter),
    '</main>',
    `<script>${HANDBOOK_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

function chapter(c: Chapter): string {
  return `<section class="chapter"${idAttr(c.id)}>\n<h2>${esc(c.title)}</h2>\n${blocks(c.blocks, 3)}</section>`;
}

function blocks(bs: readonly Block[], level: number): string {
  return bs.map((b) => `${block(b, level)}\n`).join('');
}

/** `level` is the heading level a titled child of this container gets. */
function block(b: Block, level: number): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${rich(b.content)}</p>`;
    case 'prose':
      return proseParts(b.text)
        .map((p) =>
          p.kind === 'list'
            ? `<ul>${p.lines.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`
            : `<p>${esc(p.lines.join(' '))}</p>`,
        )
        .join('\n');
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${rich(i)}</li>`).join('')}</${tag}>`;
    }
    case 'facts':
      return `<dl class="facts">${b.items.map((f) => `<div><dt>${esc(f.label)}</dt><dd>${rich(f.value)}</dd></div>`).join('')}</dl>`;
    case 'table':
      return table(b);
    case 'examples': {
      const side = (cls: string, mark: string, label: string, items: readonly string[]): string =>
        items.length === 0
          ? ''
          : `<div class="${cls}"><p><span aria-hidden="true">${mark} </span>${esc(label)}</p><ul>${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`;
      return `<div class="examples">${side('good', '✓', b.goodLabel, b.good)}${side('bad', '✗', b.badLabel, b.bad)}</div>`;
    }
    case 'quote':
      return `<figure class="template"><figcaption>${esc(b.label)}</figcaption><blockquote>${esc(b.text)}</blockquote></figure>`;
    case 'group':
      return `<h${level}>${esc(b.title)}</h${level}>\n${blocks(b.blocks, level + 1)}`.trimEnd();
    case 'item': {
      const cls = b.tone ? `item ${b.tone}` : 'item';
      return `<article class="${cls}"${idAttr(b.id)}>\n<h${level}>${rich(b.title)}</h${level}>\n${blocks(b.blocks, level + 1)}</article>`;
    }
  }
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const cls = (i: number): string => (i === b.highlight ? ' class="current"' : '');
  const head = b.head.map((h, i) => `<th scope="col"${cls(i)}>${rich(h)}</th>`).join('');
  const rows = b.rows
    .map(
      (r) =>
        `<tr>${r
          .map((cell, i) =>
            i === 0 && b.rowHeaders
              ? `<th scope="row"${cls(i)}>${rich(cell)}</th>`
              : `<td${cls(i)}>${rich(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption class="sr-only">${esc(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function rich(r: Rich): string {
  return inlines(r).map(inline).join('');
}

function inline(i: Inline): string {
  if (typeof i === 'string') return esc(i);
  switch (i.kind) {
    case 'link': {
      const href = safeHref(i.href);
      return href ? `<a href="${esc(href)}">${esc(i.text)}</a>` : esc(i.text);
    }
    case 'strong':
      return `<strong>${esc(i.text)}</strong>`;
    case 'code':
      return `<code>${esc(i.text)}</code>`;
    case 'badge':
      // A colon for screen readers after do/don't: "Don't: share …".
      return `<span class="badge ${i.tone}">${esc(i.text)}</span>${i.tone === 'do' || i.tone === 'dont' ? '<span class="sr-only">:</span>' : ''}`;
  }
}

function idAttr(id: string | undefined): string {
  return id ? ` id="${esc(id)}"` : '';
}
