/**
 * The handbook as plain data: chapters of blocks with inline text. The builders
 * (chapters-*.ts) produce it from a guideline; html.ts and markdown.ts serialise it,
 * so both formats always have the same content and the same anchors.
 * Every string in here is raw guideline or label text; serialisers escape it.
 */
export type Tone = 'do' | 'dont' | 'error' | 'warning' | 'info' | 'off' | 'current';

export type Inline =
  | string
  | { kind: 'link'; text: string; href: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'badge'; text: string; tone: Tone };

/** One inline or a run of them. */
export type Rich = Inline | readonly Inline[];

export type Fact = { label: string; value: Rich };

export type Block =
  | { kind: 'paragraph'; content: Rich }
  /** Author prose: blank lines separate paragraphs, lines starting with "- " make a list. */
  | { kind: 'prose'; text: string }
  | { kind: 'list'; items: readonly Rich[]; ordered?: boolean }
  | { kind: 'facts'; items: readonly Fact[] }
  | {
      kind: 'table';
      caption: string;
      head: readonly Rich[];
      rows: readonly (readonly Rich[])[];
      /** The first cell of each row heads that row. */
      rowHeaders?: boolean;
      /** Column to highlight (0-based), e.g. the current maturity phase. */
      highlight?: number;
    }
  | {
      kind: 'examples';
      goodLabel: string;
      badLabel: string;
      good: readonly string[];
      bad: readonly string[];
    }
  | { kind: 'quote'; label: string; text: string }
  /** A titled group one heading level below its container. */
  | { kind: 'group'; title: string; blocks: readonly Block[] }
  /** A titled item (rule, situation, module, core value), one level below the chapter. */
  | { kind: 'item'; id?: string; title: Rich; blocks: readonly Block[]; tone?: Tone };

export type Chapter = { id?: string; title: string; blocks: readonly Block[] };

export type HandbookDocument = {
  lang: string;
  title: string;
  subtitle?: string;
  chapters: readonly Chapter[];
};

export function inlines(r: Rich): readonly Inline[] {
  return typeof r === 'string' || !Array.isArray(r) ? [r as Inline] : (r as readonly Inline[]);
}

/** Plain text of rich content (for search data and link labels). */
export function plain(r: Rich): string {
  return inlines(r)
    .map((i) => (typeof i === 'string' ? i : i.text))
    .join('');
}

/** Apply `fn` to every text in the document (not to ids or link targets). */
export function mapText(doc: HandbookDocument, fn: (s: string) => string): HandbookDocument {
  const rich = (r: Rich): Rich =>
    inlines(r).map((i) => (typeof i === 'string' ? fn(i) : { ...i, text: fn(i.text) }));
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'paragraph':
        return { ...b, content: rich(b.content) };
      case 'prose':
        return { ...b, text: fn(b.text) };
      case 'list':
        return { ...b, items: b.items.map(rich) };
      case 'facts':
        return { ...b, items: b.items.map((f) => ({ label: fn(f.label), value: rich(f.value) })) };
      case 'table':
        return {
          ...b,
          caption: fn(b.caption),
          head: b.head.map(rich),
          rows: b.rows.map((r) => r.map(rich)),
        };
      case 'examples':
        return { ...b, good: b.good.map(fn), bad: b.bad.map(fn) };
      case 'quote':
        return { ...b, label: fn(b.label), text: fn(b.text) };
      case 'group':
        return { ...b, title: fn(b.title), blocks: b.blocks.map(block) };
      case 'item':
        return { ...b, title: rich(b.title), blocks: b.blocks.map(block) };
    }
  };
  return {
    ...doc,
    title: fn(doc.title),
    ...(doc.subtitle === undefined ? {} : { subtitle: fn(doc.subtitle) }),
    chapters: doc.chapters.map((c) => ({ ...c, title: fn(c.title), blocks: c.blocks.map(block) })),
  };
}

/** Split author prose into paragraphs and bullet lists. */
export function proseParts(text: string): { kind: 'paragraph' | 'list'; lines: string[] }[] {
  const parts: { kind: 'paragraph' | 'list'; lines: string[] }[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (lines.every((l) => /^[-*•]\s+/.test(l))) {
      parts.push({ kind: 'list', lines: lines.map((l) => l.replace(/^[-*•]\s+/, '')) });
    } else {
      parts.push({ kind: 'paragraph', lines });
    }
  }
  return parts;
}
