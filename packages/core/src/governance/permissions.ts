import {
  type Action,
  type ApprovalFlow,
  actionSchema,
  type Guideline,
  type PhaseId,
  phaseIdSchema,
  type Role,
} from '../guideline/schema.js';
import type { PostKind } from '../kinds/types.js';

/** The maturity phases from first to last. */
export const PHASES: readonly PhaseId[] = phaseIdSchema.options;
/** Everything the guideline can let a person do, in the schema's order. */
export const GUIDELINE_ACTIONS: readonly Action[] = actionSchema.options;

/** What the guideline needs to know about a person to say what they may do. */
export type Person = {
  role: Role;
  /** Ids of the teams they are in. */
  teams: readonly string[];
  /** Ids of the training modules they passed. */
  trainings: readonly string[];
};

/** Why a person may do something: their role, a team, or a training they passed. */
export type GrantSource =
  | { type: 'role'; role: Role }
  | { type: 'team'; team: string }
  | { type: 'training'; module: string };

export type Grant = { action: Action; source: GrantSource };

export function phaseIndex(phase: PhaseId): number {
  return PHASES.indexOf(phase);
}

/**
 * Every grant the guideline gives the person in a phase: their role's and their teams' list
 * in that phase, and the unlocks of the training they passed (from the module's `minPhase`
 * on). One action can have several sources.
 */
export function grantsOf(guideline: Guideline, phase: PhaseId, person: Person): Grant[] {
  const grants: Grant[] = [];
  const declared = guideline.maturity.phases.find((p) => p.id === phase);
  for (const action of declared?.may[person.role] ?? []) {
    grants.push({ action, source: { type: 'role', role: person.role } });
  }
  for (const team of person.teams) {
    for (const action of declared?.teams[team] ?? []) {
      grants.push({ action, source: { type: 'team', team } });
    }
  }
  const passed = new Set(person.trainings);
  for (const module of guideline.training.modules) {
    if (!passed.has(module.id)) continue;
    if (module.minPhase !== undefined && phaseIndex(phase) < phaseIndex(module.minPhase)) continue;
    for (const action of module.unlocks) {
      grants.push({ action, source: { type: 'training', module: module.id } });
    }
  }
  return grants;
}

/** The distinct actions of `grantsOf`, in the schema's order. */
export function capabilitiesOf(guideline: Guideline, phase: PhaseId, person: Person): Action[] {
  const granted = new Set(grantsOf(guideline, phase, person).map((g) => g.action));
  return GUIDELINE_ACTIONS.filter((a) => granted.has(a));
}

/** The action a person needs to submit a post of this kind. */
export const SUBMIT_ACTION: Record<PostKind, Action> = {
  corporate: 'post-corporate',
  reply: 'reply-customers',
  personal: 'share-ambassador',
};

/**
 * The review flow for a post: the first flow whose phases, channels and kinds match, or
 * undefined when the post needs no review. A post without a channel matches only flows
 * that name no channels.
 */
export function approvalFlowFor(
  guideline: Guideline,
  phase: PhaseId,
  post: { channel?: string | null | undefined; kind: PostKind },
): ApprovalFlow | undefined {
  return guideline.approvals.find(
    (flow) =>
      (flow.phases === undefined || flow.phases.includes(phase)) &&
      (flow.kinds === undefined || flow.kinds.includes(post.kind)) &&
      (flow.channels === undefined ||
        (post.channel != null && flow.channels.includes(post.channel))),
  );
}
