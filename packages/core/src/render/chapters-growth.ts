import { roleSchema } from '../guideline/schema.js';
import type { BuildContext } from './context.js';
import type { Block, Chapter, Fact, Rich } from './document.js';
import { duration, fill } from './labels.js';

export function maturityChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lm = l.maturity;
  const m = g.maturity;
  const current = m.phases.find((p) => p.id === m.phase);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        `${lm.currentPhase}: `,
        { kind: 'badge', text: current?.name ?? m.phase, tone: 'current' },
      ],
    },
  ];
  const phases: Block[] = m.phases.map((p) => {
    const inner: Block[] = [{ kind: 'prose', text: p.description }];
    if (p.review) inner.push({ kind: 'facts', items: [{ label: lm.review, value: p.review }] });
    const title: Rich =
      p.id === m.phase
        ? [p.name, ' ', { kind: 'badge', text: lm.current, tone: 'current' }]
        : p.name;
    return {
      kind: 'item',
      title,
      blocks: inner,
      ...(p.id === m.phase ? { tone: 'current' as const } : {}),
    };
  });
  blocks.push(...phases);
  const head: Rich[] = [
    lm.role,
    ...m.phases.map((p): Rich => (p.id === m.phase ? `${p.name} (${lm.current})` : p.name)),
  ];
  const rows: Rich[][] = roleSchema.options.map((role) => [
    l.roles[role],
    ...m.phases.map((p) => {
      const actions = p.may[role] ?? [];
      return actions.length > 0 ? actions.map((a) => l.actions[a]).join(', ') : lm.nothing;
    }),
  ]);
  const highlight = m.phases.findIndex((p) => p.id === m.phase);
  blocks.push({
    kind: 'group',
    title: lm.whoMay,
    blocks: [
      {
        kind: 'table',
        caption: lm.whoMay,
        head,
        rows,
        rowHeaders: true,
        ...(highlight >= 0 ? { highlight: highlight + 1 } : {}),
      },
    ],
  });
  return { id: ctx.id('fixed', 'maturity'), title: l.chapters.maturity, blocks };
}

export function trainingChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lt = l.training;
  const blocks: Block[] = g.training.modules.map((m) => {
    const inner: Block[] = [{ kind: 'prose', text: m.summary }];
    if (m.lessons.length > 0)
      inner.push({
        kind: 'group',
        title: lt.lessons,
        blocks: [{ kind: 'list', items: m.lessons }],
      });
    const facts: Fact[] = [];
    if (m.durationMinutes)
      facts.push({ label: lt.duration, value: duration(l, m.durationMinutes) });
    if (m.rules.length > 0) {
      const links: Rich = m.rules.flatMap((r, i) => {
        const rule = g.rules.find((x) => x.id === r);
        const id = ctx.id('rule', r);
        const link = rule && id ? { kind: 'link' as const, text: rule.title, href: `#${id}` } : r;
        return i === 0 ? [link] : [', ', link];
      });
      facts.push({ label: lt.rules, value: links });
    }
    if (m.unlocks.length > 0)
      facts.push({ label: lt.unlocks, value: m.unlocks.map((a) => l.actions[a]).join(', ') });
    if (m.minPhase) {
      facts.push({
        label: lt.minPhase,
        value: g.maturity.phases.find((p) => p.id === m.minPhase)?.name ?? m.minPhase,
      });
    }
    if (facts.length > 0) inner.push({ kind: 'facts', items: facts });
    return { kind: 'item', id: ctx.id('training', m.id), title: m.title, blocks: inner };
  });
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', content: lt.empty });
  return { id: ctx.id('fixed', 'training'), title: l.chapters.training, blocks };
}

export function channelsChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lc = l.channels;
  const entries = Object.entries(g.channels);
  if (entries.length === 0) {
    return {
      id: ctx.id('fixed', 'channels'),
      title: l.chapters.channels,
      blocks: [{ kind: 'paragraph', content: lc.empty }],
    };
  }
  const limit = (n: number | undefined): string => (n === undefined ? lc.noLimit : String(n));
  const rows: Rich[][] = entries.map(([id, c]) => {
    const length =
      c.maxLength === undefined
        ? lc.noLimit
        : `${c.maxLength} ${l.counting[c.counting]}${c.linkLength ? `; ${fill(lc.linkLength, { n: c.linkLength })}` : ''}`;
    return [
      c.name ?? id,
      length,
      limit(c.maxHashtags),
      limit(c.maxMentions),
      limit(c.maxLinks),
      l.addressForms[c.addressForm ?? g.voice.addressForm],
    ];
  });
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: l.chapters.channels,
      head: [lc.channel, lc.maxLength, lc.maxHashtags, lc.maxMentions, lc.maxLinks, lc.addressForm],
      rows,
      rowHeaders: true,
    },
  ];
  for (const [id, c] of entries) {
    if (!c.purpose && c.accounts.length === 0) continue;
    const facts: Fact[] = [];
    if (c.purpose) facts.push({ label: lc.purpose, value: c.purpose });
    if (c.accounts.length > 0) facts.push({ label: lc.accounts, value: c.accounts.join(', ') });
    blocks.push({ kind: 'group', title: c.name ?? id, blocks: [{ kind: 'facts', items: facts }] });
  }
  return { id: ctx.id('fixed', 'channels'), title: l.chapters.channels, blocks };
}

export function freeSections(ctx: BuildContext): Chapter[] {
  return ctx.g.sections.map((s) => ({
    id: ctx.id('section', s.id),
    title: s.title,
    blocks: [{ kind: 'prose', text: s.body }],
  }));
}
