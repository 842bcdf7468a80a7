import type { BuildContext } from './context.js';
import type { Block, Chapter, Fact, Rich } from './document.js';
import { fill } from './labels.js';
import { termText } from './redact.js';

export function organisationChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const o = g.organisation;
  const lo = l.organisation;
  const facts: Fact[] = [{ label: lo.name, value: o.name }];
  if (o.aliases.length > 0) facts.push({ label: lo.aliases, value: o.aliases.join(', ') });
  if (o.sector) facts.push({ label: lo.sector, value: o.sector });
  if (o.website)
    facts.push({ label: lo.website, value: [{ kind: 'link', text: o.website, href: o.website }] });
  if (o.reviewDate) facts.push({ label: lo.reviewDate, value: o.reviewDate });
  const blocks: Block[] = [{ kind: 'facts', items: facts }];
  const coc = o.codeOfConduct;
  if (coc) {
    const title: Rich = coc.url ? [{ kind: 'link', text: coc.title, href: coc.url }] : coc.title;
    const inner: Block[] = [{ kind: 'paragraph', content: title }];
    if (coc.summary) inner.push({ kind: 'prose', text: coc.summary });
    blocks.push({ kind: 'group', title: lo.codeOfConduct, blocks: inner });
  }
  return { id: ctx.id('extra', 'organisation'), title: l.chapters.organisation, blocks };
}

export function scopeChapter(ctx: BuildContext): Chapter {
  return {
    id: ctx.id('fixed', 'scope'),
    title: ctx.l.chapters.scope,
    blocks: [{ kind: 'prose', text: ctx.g.scope }],
  };
}

export function coreValuesChapter(ctx: BuildContext): Chapter {
  const blocks: Block[] = ctx.g.coreValues.map((v) => {
    const inner: Block[] = [{ kind: 'prose', text: v.description }];
    if (v.inPractice.length > 0) {
      inner.push({
        kind: 'group',
        title: ctx.l.coreValues.inPractice,
        blocks: [{ kind: 'list', items: v.inPractice }],
      });
    }
    return { kind: 'item', id: ctx.id('value', v.id), title: v.name, blocks: inner };
  });
  return { id: ctx.id('fixed', 'core-values'), title: ctx.l.chapters.coreValues, blocks };
}

export function voiceChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lv = l.voice;
  const v = g.voice;
  const blocks: Block[] = [];
  if (v.register)
    blocks.push({
      kind: 'group',
      title: lv.register,
      blocks: [{ kind: 'prose', text: v.register }],
    });
  if (v.principles.length > 0) {
    blocks.push({
      kind: 'group',
      title: lv.principles,
      blocks: [{ kind: 'list', items: v.principles }],
    });
  }
  const rows: Rich[][] = [[lv.allChannels, l.addressForms[v.addressForm]]];
  for (const [id, c] of Object.entries(g.channels)) {
    const form = c.addressForm ?? v.addressForm;
    rows.push([
      c.name ?? id,
      c.addressForm ? l.addressForms[form] : `${l.addressForms[form]} (${l.default})`,
    ]);
  }
  blocks.push({
    kind: 'group',
    title: lv.addressForms,
    blocks: [
      {
        kind: 'table',
        caption: lv.addressForms,
        head: [lv.channel, lv.addressForm],
        rows,
        rowHeaders: true,
      },
    ],
  });
  if (v.signature) {
    blocks.push({
      kind: 'group',
      title: lv.signature,
      blocks: [{ kind: 'paragraph', content: [{ kind: 'code', text: v.signature }] }],
    });
  }
  if (v.examples.length > 0) {
    const withWhy = v.examples.some((e) => e.why);
    const head = withWhy ? [lv.good, lv.bad, lv.why] : [lv.good, lv.bad];
    const exampleRows = v.examples.map((e) =>
      withWhy ? [e.good, e.bad, e.why ?? ''] : [e.good, e.bad],
    );
    blocks.push({
      kind: 'group',
      title: lv.examples,
      blocks: [{ kind: 'table', caption: lv.examples, head, rows: exampleRows }],
    });
  }
  return { id: ctx.id('fixed', 'voice'), title: l.chapters.voice, blocks };
}

/** Confidential terms and clients are counted, never listed; their notes are shown. */
export function termsChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lt = l.terms;
  const t = g.terms;
  const blocks: Block[] = [];
  const confidential: Block[] = [
    {
      kind: 'paragraph',
      content:
        t.confidential.length > 0
          ? fill(lt.confidentialCount, { count: t.confidential.length })
          : lt.confidentialNone,
    },
  ];
  const notes = t.confidential.flatMap((c) => (typeof c === 'string' || !c.note ? [] : [c.note]));
  if (notes.length > 0)
    confidential.push({ kind: 'group', title: lt.notes, blocks: [{ kind: 'list', items: notes }] });
  blocks.push({ kind: 'group', title: lt.confidential, blocks: confidential });
  if (t.competitors.length > 0) {
    const items: Rich[] = t.competitors.map((c) =>
      typeof c === 'string' || !c.note
        ? termText(c)
        : [{ kind: 'strong', text: c.term }, ` — ${c.note}`],
    );
    blocks.push({ kind: 'group', title: lt.competitors, blocks: [{ kind: 'list', items }] });
  }
  if (t.clients.length > 0) {
    blocks.push({
      kind: 'group',
      title: lt.clients,
      blocks: [{ kind: 'paragraph', content: fill(lt.clientsCount, { count: t.clients.length }) }],
    });
  }
  if (t.preferred.length > 0) {
    const rows = t.preferred.map((p) => [p.use, p.avoid.join(', '), p.note ?? '']);
    blocks.push({
      kind: 'group',
      title: lt.preferred,
      blocks: [{ kind: 'table', caption: lt.preferred, head: [lt.use, lt.avoid, lt.note], rows }],
    });
  }
  const known = new Set(['confidential', 'competitors', 'clients', 'preferred']);
  for (const [name, list] of Object.entries(t)) {
    if (known.has(name) || !Array.isArray(list)) continue;
    blocks.push({
      kind: 'paragraph',
      content: [
        { kind: 'strong', text: fill(lt.otherList, { name }) },
        `: ${fill(lt.otherCount, { count: list.length })}`,
      ],
    });
  }
  return { id: ctx.id('fixed', 'terms'), title: l.chapters.terms, blocks };
}
