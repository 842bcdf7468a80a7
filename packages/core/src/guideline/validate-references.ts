import type { ProblemText } from './messages.js';
import type { Guideline } from './schema.js';

export type ReferenceProblem = { path: PropertyKey[]; message: ProblemText };

/** Anchors a finding or reason may cite: rules, core values, sections, fixed chapters. */
export function articleAnchors(g: Guideline): Set<string> {
  const anchors = new Set<string>(FIXED_ANCHORS);
  for (const r of g.rules) anchors.add(r.id);
  for (const s of g.sections) anchors.add(s.id);
  for (const v of g.coreValues) anchors.add(v.id);
  for (const s of g.playbook.situations) anchors.add(`situation-${s.id}`);
  for (const m of g.training.modules) anchors.add(`training-${m.id}`);
  return anchors;
}

/** Chapters the handbook always has (see render/handbook). */
export const FIXED_ANCHORS = [
  'scope',
  'core-values',
  'voice',
  'terms',
  'rules',
  'copyright',
  'playbook',
  'responsibilities',
  'moderation',
  'maturity',
  'training',
  'channels',
] as const;

/** Checks that ids are unique and that every reference points at something that exists. */
export function crossCheck(g: Guideline): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const teams = new Set(g.responsibilities.teams.map((t) => t.id));
  const anchors = articleAnchors(g);
  const ruleIds = new Set<string>();

  unique(g.rules, 'rules', problems);
  unique(g.playbook.situations, ['playbook', 'situations'], problems);
  unique(g.responsibilities.teams, ['responsibilities', 'teams'], problems);
  unique(g.training.modules, ['training', 'modules'], problems);
  unique(g.sections, 'sections', problems);
  unique(g.coreValues, 'coreValues', problems);
  for (const r of g.rules) ruleIds.add(r.id);

  if (!teams.has(g.responsibilities.finalSay.team)) {
    problems.push({
      path: ['responsibilities', 'finalSay', 'team'],
      message: { key: 'teamMissing', data: { team: g.responsibilities.finalSay.team } },
    });
  }
  g.playbook.situations.forEach((s, i) => {
    if (!teams.has(s.route.team)) {
      problems.push({
        path: ['playbook', 'situations', i, 'route', 'team'],
        message: { key: 'teamMissing', data: { team: s.route.team } },
      });
    }
    if (s.route.escalateTo !== undefined && !teams.has(s.route.escalateTo)) {
      problems.push({
        path: ['playbook', 'situations', i, 'route', 'escalateTo'],
        message: { key: 'teamMissing', data: { team: s.route.escalateTo } },
      });
    }
    if (!s.templates.u && !s.templates.jij) {
      problems.push({
        path: ['playbook', 'situations', i, 'templates'],
        message: { key: 'templateMissing' },
      });
    }
  });
  g.rules.forEach((r, i) => {
    if (r.article !== undefined && !anchors.has(r.article)) {
      problems.push({
        path: ['rules', i, 'article'],
        message: { key: 'articleMissing', data: { article: r.article } },
      });
    }
    r.channels?.forEach((c, j) => {
      if (!(c in g.channels)) {
        problems.push({
          path: ['rules', i, 'channels', j],
          message: { key: 'channelMissing', data: { channel: c } },
        });
      }
    });
  });
  g.moderation.reasons.forEach((reason, i) => {
    if (reason.article !== undefined && !anchors.has(reason.article)) {
      problems.push({
        path: ['moderation', 'reasons', i, 'article'],
        message: { key: 'articleMissing', data: { article: reason.article } },
      });
    }
  });
  g.training.modules.forEach((m, i) => {
    m.rules.forEach((r, j) => {
      if (!ruleIds.has(r)) {
        problems.push({
          path: ['training', 'modules', i, 'rules', j],
          message: { key: 'ruleMissing', data: { rule: r } },
        });
      }
    });
  });
  g.maturity.phases.forEach((phase, i) => {
    for (const team of Object.keys(phase.teams)) {
      if (!teams.has(team)) {
        problems.push({
          path: ['maturity', 'phases', i, 'teams', team],
          message: { key: 'teamMissing', data: { team } },
        });
      }
    }
  });
  g.approvals.forEach((flow, i) => {
    flow.channels?.forEach((c, j) => {
      if (!(c in g.channels)) {
        problems.push({
          path: ['approvals', i, 'channels', j],
          message: { key: 'channelMissing', data: { channel: c } },
        });
      }
    });
    unique(flow.steps, ['approvals', i, 'steps'], problems);
    flow.steps.forEach((step, j) => {
      step.teams.forEach((team, k) => {
        if (!teams.has(team)) {
          problems.push({
            path: ['approvals', i, 'steps', j, 'teams', k],
            message: { key: 'teamMissing', data: { team } },
          });
        }
      });
    });
  });
  if (!g.maturity.phases.some((p) => p.id === g.maturity.phase)) {
    problems.push({
      path: ['maturity', 'phase'],
      message: { key: 'phaseMissing', data: { phase: g.maturity.phase } },
    });
  }
  return problems;
}

function unique(
  items: readonly { id: string }[],
  at: string | (string | number)[],
  problems: ReferenceProblem[],
): void {
  const seen = new Set<string>();
  const base = Array.isArray(at) ? at : [at];
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({
        path: [...base, i, 'id'],
        message: { key: 'duplicateId', data: { id: item.id } },
      });
    }
    seen.add(item.id);
  });
}
