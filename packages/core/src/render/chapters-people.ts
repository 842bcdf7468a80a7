import type { Situation } from '../guideline/schema.js';
import { articleId, articleTitle } from './chapters-rules.js';
import type { BuildContext } from './context.js';
import type { Block, Chapter, Fact, Rich } from './document.js';
import { duration, fill } from './labels.js';

export function playbookChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const p = g.playbook;
  const blocks: Block[] = [];
  if (p.intro) blocks.push({ kind: 'prose', text: p.intro });
  if (p.always.length > 0) {
    blocks.push({
      kind: 'group',
      title: l.playbook.always,
      blocks: [{ kind: 'list', items: p.always }],
    });
  }
  for (const s of p.situations) blocks.push(situationItem(ctx, s));
  return { id: ctx.id('fixed', 'playbook'), title: l.chapters.playbook, blocks };
}

function situationItem(ctx: BuildContext, s: Situation): Block {
  const { l } = ctx;
  const lp = l.playbook;
  const blocks: Block[] = [
    { kind: 'group', title: lp.when, blocks: [{ kind: 'prose', text: s.when }] },
    { kind: 'group', title: lp.steps, blocks: [{ kind: 'list', items: s.steps, ordered: true }] },
  ];
  const templates: Block[] = [];
  for (const form of ['u', 'jij'] as const) {
    const text = s.templates[form];
    if (text)
      templates.push({
        kind: 'quote',
        label: fill(lp.template, { form: l.addressForms[form] }),
        text,
      });
  }
  if (templates.length > 0) blocks.push({ kind: 'group', title: lp.templates, blocks: templates });
  const route: Fact[] = [
    { label: lp.team, value: ctx.teamName(s.route.team) },
    { label: lp.dueIn, value: duration(l, s.route.dueInMinutes) },
  ];
  if (s.route.escalate || s.route.escalateTo) {
    route.push({
      label: s.route.escalateTo ? lp.escalateTo : lp.escalate,
      value: s.route.escalateTo ? ctx.teamName(s.route.escalateTo) : l.yes,
    });
  }
  blocks.push({ kind: 'group', title: lp.route, blocks: [{ kind: 'facts', items: route }] });
  if (s.examples.length > 0) {
    blocks.push({
      kind: 'group',
      title: lp.examples,
      blocks: [{ kind: 'list', items: s.examples }],
    });
  }
  return { kind: 'item', id: ctx.id('situation', s.id), title: s.title, blocks };
}

export function responsibilitiesChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lr = l.responsibilities;
  const r = g.responsibilities;
  const finalSay: Fact[] = [
    { label: lr.role, value: r.finalSay.role },
    { label: lr.team, value: ctx.teamName(r.finalSay.team) },
  ];
  if (r.finalSay.contact) finalSay.push({ label: lr.contact, value: contact(r.finalSay.contact) });
  const finalBlocks: Block[] = [{ kind: 'facts', items: finalSay }];
  if (r.finalSay.description) finalBlocks.push({ kind: 'prose', text: r.finalSay.description });
  const blocks: Block[] = [
    { kind: 'group', title: lr.finalSay, blocks: finalBlocks },
    {
      kind: 'group',
      title: lr.teams,
      blocks: [
        {
          kind: 'table',
          caption: lr.teams,
          head: [lr.team, lr.contact, lr.hours, lr.tasks],
          rows: r.teams.map((t) => [
            t.name,
            t.contact ? contact(t.contact) : '',
            t.hours ?? '',
            t.tasks.join('; '),
          ]),
          rowHeaders: true,
        },
      ],
    },
  ];
  if (r.advice.length > 0) {
    blocks.push({
      kind: 'group',
      title: lr.advice,
      blocks: [
        {
          kind: 'table',
          caption: lr.advice,
          head: [lr.topic, lr.who, lr.contact],
          rows: r.advice.map((a) => [a.topic, a.who, a.contact ? contact(a.contact) : '']),
          rowHeaders: true,
        },
      ],
    });
  }
  if (r.roles.length > 0) {
    blocks.push({
      kind: 'group',
      title: lr.roles,
      blocks: [
        {
          kind: 'table',
          caption: lr.roles,
          head: [lr.role, lr.name, lr.tasks],
          rows: r.roles.map((x) => [l.roles[x.role], x.name, x.tasks.join('; ')]),
          rowHeaders: true,
        },
      ],
    });
  }
  return { id: ctx.id('fixed', 'responsibilities'), title: l.chapters.responsibilities, blocks };
}

/** An e-mail address or URL becomes a link; anything else stays text. */
function contact(value: string): Rich {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    return [{ kind: 'link', text: value, href: `mailto:${value}` }];
  if (/^https?:\/\/\S+$/.test(value)) return [{ kind: 'link', text: value, href: value }];
  return value;
}

export function moderationChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lm = l.moderation;
  const m = g.moderation;
  const reasons: Rich[][] = m.reasons.map((r) => {
    if (!r.article) return [r.text, ''];
    const target = articleId(ctx, r.article);
    const title = articleTitle(ctx, r.article);
    return [r.text, target ? [{ kind: 'link', text: title, href: `#${target}` }] : title];
  });
  const blocks: Block[] = [
    { kind: 'group', title: lm.principles, blocks: [{ kind: 'list', items: m.principles }] },
    {
      kind: 'group',
      title: lm.reasons,
      blocks: [
        { kind: 'table', caption: lm.reasons, head: [lm.reason, lm.article], rows: reasons },
      ],
    },
    {
      kind: 'facts',
      items: [
        { label: lm.whoMayHide, value: m.whoMayHide.map((r) => l.roles[r]).join(', ') },
        { label: lm.notifyAuthor, value: m.notifyAuthor ? l.yes : l.no },
        { label: lm.neverDelete, value: m.neverDelete ? l.yes : l.no },
      ],
    },
    { kind: 'group', title: lm.appeal, blocks: [{ kind: 'prose', text: m.appeal }] },
  ];
  if (m.ladder.length > 0) {
    blocks.push({
      kind: 'group',
      title: lm.ladder,
      blocks: [{ kind: 'list', items: m.ladder, ordered: true }],
    });
  }
  return { id: ctx.id('fixed', 'moderation'), title: l.chapters.moderation, blocks };
}
