import type { Rule } from '../guideline/schema.js';
import type { BuildContext } from './context.js';
import type { Block, Chapter, Fact, Rich } from './document.js';
import { fill } from './labels.js';

export function rulesChapter(ctx: BuildContext): Chapter {
  const { l } = ctx;
  const blocks: Block[] =
    ctx.g.rules.length > 0
      ? ctx.g.rules.map((r) => ruleItem(ctx, r))
      : [{ kind: 'paragraph', content: l.rules.empty }];
  return { id: ctx.id('fixed', 'rules'), title: l.chapters.rules, blocks };
}

function ruleItem(ctx: BuildContext, r: Rule): Block {
  const { g, l } = ctx;
  const lr = l.rules;
  const badge = r.type === 'do' ? lr.do : lr.dont;
  const blocks: Block[] = [{ kind: 'prose', text: r.rationale }];
  if (r.examples.good.length > 0 || r.examples.bad.length > 0) {
    blocks.push({
      kind: 'examples',
      goodLabel: lr.good,
      badLabel: lr.bad,
      good: r.examples.good,
      bad: r.examples.bad,
    });
  }
  const checked = Boolean(r.extends) && r.severity !== 'off';
  const facts: Fact[] = [
    {
      label: lr.severity,
      value: [{ kind: 'badge', text: l.severities[r.severity], tone: r.severity }],
    },
    {
      label: lr.checked,
      value: checked && r.extends ? fill(lr.checkedYes, { kind: r.extends }) : lr.checkedNo,
    },
    { label: lr.appliesTo, value: r.appliesTo.map((k) => l.postKinds[k]).join(', ') },
  ];
  if (r.channels && r.channels.length > 0) {
    facts.push({
      label: lr.channels,
      value: r.channels.map((c) => g.channels[c]?.name ?? c).join(', '),
    });
  }
  if (r.article && r.article !== r.id) {
    const target = articleId(ctx, r.article);
    const title = articleTitle(ctx, r.article);
    facts.push({
      label: lr.article,
      value: target ? [{ kind: 'link', text: title, href: `#${target}` }] : title,
    });
  }
  blocks.push({ kind: 'facts', items: facts });
  const title: Rich = [{ kind: 'badge', text: badge, tone: r.type }, ' ', r.title];
  return { kind: 'item', id: ctx.id('rule', r.id), title, blocks, tone: r.type };
}

/** The element id an article anchor resolves to (rules, sections, values, situations, chapters). */
export function articleId(ctx: BuildContext, anchor: string): string | undefined {
  const { g } = ctx;
  if (g.rules.some((r) => r.id === anchor)) return ctx.id('rule', anchor);
  const situation = g.playbook.situations.find((s) => `situation-${s.id}` === anchor);
  if (situation) return ctx.id('situation', situation.id);
  const module = g.training.modules.find((m) => `training-${m.id}` === anchor);
  if (module) return ctx.id('training', module.id);
  if (g.sections.some((s) => s.id === anchor)) return ctx.id('section', anchor);
  if (g.coreValues.some((v) => v.id === anchor)) return ctx.id('value', anchor);
  if (isFixed(anchor)) return ctx.id('fixed', anchor);
  return undefined;
}

/** A readable name for an article anchor. */
export function articleTitle(ctx: BuildContext, anchor: string): string {
  const { g, l } = ctx;
  const found =
    g.rules.find((r) => r.id === anchor)?.title ??
    g.playbook.situations.find((s) => `situation-${s.id}` === anchor)?.title ??
    g.training.modules.find((m) => `training-${m.id}` === anchor)?.title ??
    g.sections.find((s) => s.id === anchor)?.title ??
    g.coreValues.find((v) => v.id === anchor)?.name;
  if (found) return found;
  const chapter = FIXED_TITLES[anchor];
  return chapter ? l.chapters[chapter] : anchor;
}

const FIXED_TITLES: Record<string, keyof BuildContext['l']['chapters']> = {
  scope: 'scope',
  'core-values': 'coreValues',
  voice: 'voice',
  terms: 'terms',
  rules: 'rules',
  copyright: 'copyright',
  playbook: 'playbook',
  responsibilities: 'responsibilities',
  moderation: 'moderation',
  maturity: 'maturity',
  training: 'training',
  channels: 'channels',
};

function isFixed(anchor: string): boolean {
  return anchor in FIXED_TITLES;
}

export function copyrightChapter(ctx: BuildContext): Chapter {
  const { g, l } = ctx;
  const lc = l.copyright;
  const c = g.copyright;
  const blocks: Block[] = [{ kind: 'prose', text: c.summary }];
  if (c.licences.length > 0) {
    const rows: Rich[][] = c.licences.map((x) => [
      x.name,
      [{ kind: 'code', text: x.id }],
      x.attributionRequired ? l.yes : l.no,
      x.url ? [{ kind: 'link', text: x.url, href: x.url }] : '',
    ]);
    blocks.push({
      kind: 'group',
      title: lc.licences,
      blocks: [
        {
          kind: 'table',
          caption: lc.licences,
          head: [lc.licence, lc.code, lc.attributionRequired, lc.link],
          rows,
          rowHeaders: true,
        },
      ],
    });
  }
  if (c.attribution)
    blocks.push({
      kind: 'group',
      title: lc.attribution,
      blocks: [{ kind: 'prose', text: c.attribution }],
    });
  if (c.quoting.length > 0)
    blocks.push({ kind: 'group', title: lc.quoting, blocks: [{ kind: 'list', items: c.quoting }] });
  if (c.portraits)
    blocks.push({
      kind: 'group',
      title: lc.portraits,
      blocks: [{ kind: 'prose', text: c.portraits }],
    });
  if (c.sharing)
    blocks.push({ kind: 'group', title: lc.sharing, blocks: [{ kind: 'prose', text: c.sharing }] });
  if (c.where)
    blocks.push({ kind: 'group', title: lc.where, blocks: [{ kind: 'prose', text: c.where }] });
  const register: Block =
    c.assets.length > 0
      ? {
          kind: 'table',
          caption: lc.assets,
          head: [
            lc.asset,
            lc.title,
            lc.owner,
            lc.licence,
            lc.expires,
            lc.attribution,
            lc.portraitConsent,
          ],
          rows: c.assets.map((a) => [
            [{ kind: 'code', text: a.id }],
            a.title ?? '',
            a.owner,
            a.licence,
            a.expires ?? '',
            a.attribution ?? '',
            a.portraitConsent === undefined ? '' : a.portraitConsent ? l.yes : l.no,
          ]),
          rowHeaders: true,
        }
      : { kind: 'paragraph', content: lc.assetsEmpty };
  blocks.push({ kind: 'group', title: lc.assets, blocks: [register] });
  return { id: ctx.id('fixed', 'copyright'), title: l.chapters.copyright, blocks };
}
