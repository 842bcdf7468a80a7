import type { Action, Phase, Role } from '@leidraad/contract';

/**
 * What each role may do in each phase of the default guideline, written out by hand from
 * guidelines/nl.yaml (maturity.phases[].may) and the role-only grants, for people in no team
 * and without training. The authorization matrix compares the server against this table, so
 * it must NOT be computed by the code under test.
 */
const EVERYONE: Action[] = [
  'check',
  'classify',
  'drafts:write',
  'guideline:read',
  'guideline:acknowledge',
  'teams:read',
  'training:take',
];
const OVERSIGHT: Action[] = [
  'acknowledgements:read',
  'users:read',
  'training:coverage',
  'audit:read',
];

const ADMIN: Action[] = [
  ...EVERYONE,
  ...OVERSIGHT,
  'users:write',
  'teams:write',
  'tokens:manage',
  'guideline:publish',
];
const LEAD: Action[] = [
  ...EVERYONE,
  ...OVERSIGHT,
  'appeals:decide',
  // post-corporate, reply-customers, approve, moderate, edit-guideline in every phase
  'posts:submit',
  'posts:review',
  'moderation:act',
  'guideline:publish',
  'phase:set',
];

export const POLICY: Record<Role, Record<Phase, readonly Action[]>> = {
  administrator: { pioneer: ADMIN, growing: ADMIN, mature: ADMIN, integrated: ADMIN },
  'communications-lead': { pioneer: LEAD, growing: LEAD, mature: LEAD, integrated: LEAD },
  'webcare-agent': {
    pioneer: [...EVERYONE, 'posts:submit'],
    growing: [...EVERYONE, 'posts:submit', 'moderation:act'],
    mature: [...EVERYONE, 'posts:submit', 'moderation:act', 'posts:review'],
    integrated: [...EVERYONE, 'posts:submit', 'moderation:act', 'posts:review'],
  },
  employee: {
    pioneer: EVERYONE,
    growing: [...EVERYONE, 'posts:submit'],
    mature: [...EVERYONE, 'posts:submit'],
    integrated: [...EVERYONE, 'posts:submit'],
  },
};

/** The guideline capabilities behind the table, for routes whose answer depends on the kind. */
export const CAPABILITIES: Record<Role, Record<Phase, readonly string[]>> = {
  administrator: {
    pioneer: ['manage-users'],
    growing: ['manage-users'],
    mature: ['manage-users'],
    integrated: ['manage-users'],
  },
  'communications-lead': {
    pioneer: ['post-corporate', 'reply-customers', 'approve', 'moderate', 'edit-guideline'],
    growing: ['post-corporate', 'reply-customers', 'approve', 'moderate', 'edit-guideline'],
    mature: ['post-corporate', 'reply-customers', 'approve', 'moderate', 'edit-guideline'],
    integrated: ['post-corporate', 'reply-customers', 'approve', 'moderate', 'edit-guideline'],
  },
  'webcare-agent': {
    pioneer: ['reply-customers'],
    growing: ['reply-customers', 'post-corporate', 'moderate'],
    mature: ['reply-customers', 'post-corporate', 'moderate', 'approve'],
    integrated: ['reply-customers', 'post-corporate', 'moderate', 'approve'],
  },
  employee: {
    pioneer: [],
    growing: ['share-ambassador'],
    mature: ['share-ambassador'],
    integrated: ['share-ambassador', 'reply-customers'],
  },
};

export function may(role: Role, phase: Phase, action: Action): boolean {
  return POLICY[role][phase].includes(action);
}
