/** React rendering of core's handbook document, the same structure as core's HTML renderer. */
import { Fragment } from 'react';
import { type Block, type Chapter, inlines, proseParts, type Rich } from './document.js';

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADINGS: readonly Heading[] = ['h2', 'h3', 'h4', 'h5', 'h6'];
const heading = (level: number): Heading => HEADINGS[Math.min(level, 6) - 2] ?? 'h6';

export function ChapterView({ chapter }: { chapter: Chapter }) {
  return (
    <section className="chapter" id={chapter.id} tabIndex={chapter.id ? -1 : undefined}>
      <h2>{chapter.title}</h2>
      <Blocks blocks={chapter.blocks} level={3} />
    </section>
  );
}

function Blocks({ blocks, level }: { blocks: readonly Block[]; level: number }) {
  return (
    <>
      {blocks.map((b, i) => (
        // Blocks have no ids of their own; their order is stable for one document.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <BlockView key={i} block={b} level={level} />
      ))}
    </>
  );
}

function BlockView({ block: b, level }: { block: Block; level: number }) {
  switch (b.kind) {
    case 'paragraph':
      return (
        <p>
          <RichText value={b.content} />
        </p>
      );
    case 'prose':
      return (
        <>
          {proseParts(b.text).map((p, i) =>
            p.kind === 'list' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text, in order.
              <ul key={i}>
                {p.lines.map((l, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one list, in order.
                  <li key={j}>{l}</li>
                ))}
              </ul>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text, in order.
              <p key={i}>{p.lines.join(' ')}</p>
            ),
          )}
        </>
      );
    case 'list': {
      const items = b.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items in order.
        <li key={i}>
          <RichText value={item} />
        </li>
      ));
      return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'facts':
      return (
        <dl className="facts">
          {b.items.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                <RichText value={f.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <TableView table={b} />;
    case 'examples':
      return (
        <div className="examples">
          <ExampleSide cls="good" mark="✓" label={b.goodLabel} items={b.good} />
          <ExampleSide cls="bad" mark="✗" label={b.badLabel} items={b.bad} />
        </div>
      );
    case 'quote':
      return (
        <figure className="template">
          <figcaption>{b.label}</figcaption>
          <blockquote>{b.text}</blockquote>
        </figure>
      );
    case 'group': {
      const H = heading(level);
      return (
        <>
          <H>{b.title}</H>
          <Blocks blocks={b.blocks} level={level + 1} />
        </>
      );
    }
    case 'item': {
      const H = heading(level);
      return (
        <article
          className={b.tone ? `item ${b.tone}` : 'item'}
          id={b.id}
          tabIndex={b.id ? -1 : undefined}
        >
          <H>
            <RichText value={b.title} />
          </H>
          <Blocks blocks={b.blocks} level={level + 1} />
        </article>
      );
    }
  }
}

function ExampleSide(props: {
  cls: string;
  mark: string;
  label: string;
  items: readonly string[];
}) {
  if (props.items.length === 0) return null;
  return (
    <div className={props.cls}>
      <p>
        <span aria-hidden="true">{props.mark} </span>
        {props.label}
      </p>
      <ul>
        {props.items.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: examples in order; texts may repeat.
          <li key={i}>{x}</li>
        ))}
      </ul>
    </div>
  );
}

function TableView({ table: b }: { table: Extract<Block, { kind: 'table' }> }) {
  const cls = (i: number) => (i === b.highlight ? 'current' : undefined);
  return (
    // A wide table scrolls sideways; the region can take focus so keyboards can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
    <section className="table-wrap" aria-label={b.caption} tabIndex={0}>
      <table>
        <caption className="sr-only">{b.caption}</caption>
        <thead>
          <tr>
            {b.head.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns in order.
              <th key={i} scope="col" className={cls(i)}>
                <RichText value={h} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {b.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows in order.
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 && b.rowHeaders ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells in order.
                  <th key={i} scope="row" className={cls(i)}>
                    <RichText value={cell} />
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells in order.
                  <td key={i} className={cls(i)}>
                    <RichText value={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const SAFE_HREF = /^(#|https?:\/\/|mailto:)/i;

function RichText({ value }: { value: Rich }) {
  return (
    <>
      {inlines(value).map((i, n) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: inline runs in order.
        if (typeof i === 'string') return <Fragment key={n}>{i}</Fragment>;
        switch (i.kind) {
          case 'link':
            return SAFE_HREF.test(i.href) ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: inline runs in order.
              <a key={n} href={i.href}>
                {i.text}
              </a>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: inline runs in order.
              <Fragment key={n}>{i.text}</Fragment>
            );
          case 'strong':
            // biome-ignore lint/suspicious/noArrayIndexKey: inline runs in order.
            return <strong key={n}>{i.text}</strong>;
          case 'code':
            // biome-ignore lint/suspicious/noArrayIndexKey: inline runs in order.
            return <code key={n}>{i.text}</code>;
          case 'badge':
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: inline runs in order.
              <Fragment key={n}>
                <span className={`badge ${i.tone}`}>{i.text}</span>
                {(i.tone === 'do' || i.tone === 'dont') && <span className="sr-only">:</span>}
              </Fragment>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
