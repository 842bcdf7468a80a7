import { ACTIONS, type Action, type Capability, ROLES, type Role } from '@leidraad/contract';

/**
 * Who may do what in the app, declared once. Some permissions follow from the role alone
 * (below); the rest from the capabilities the guideline gives a person in the current phase
 * (`FROM_CAPABILITY`). GET /api/auth/me sends the list to the web app, which only reads it;
 * routes check it with `auth.guard(action)` (role-only permissions, the fast path) or
 * `access.require(action)` (everything).
 */
const grants = new Map<Role, Set<Action>>(ROLES.map((role) => [role, new Set<Action>()]));

function grant(roles: readonly Role[], actions: readonly Action[]): void {
  for (const role of roles) for (const action of actions) grants.get(role)?.add(action);
}

const EVERYONE = ROLES;
grant(EVERYONE, [
  'check',
  'classify',
  'drafts:write',
  'guideline:read',
  'guideline:acknowledge',
  'teams:read',
  'training:take',
]);
grant(
  ['communications-lead', 'administrator'],
  ['acknowledgements:read', 'users:read', 'training:coverage', 'audit:read'],
);
// The final say over moderation appeals is the communications lead's.
grant(['communications-lead'], ['appeals:decide']);
// Administrators can always publish a guideline, so a guideline that takes `edit-guideline`
// from everyone can still be repaired.
grant(['administrator'], ['users:write', 'teams:write', 'tokens:manage', 'guideline:publish']);

/** App permissions that a guideline capability brings. */
const FROM_CAPABILITY: Record<Capability, readonly Action[]> = {
  'post-corporate': ['posts:submit'],
  'reply-customers': ['posts:submit'],
  'share-ambassador': ['posts:submit'],
  approve: ['posts:review'],
  moderate: ['moderation:act'],
  'edit-guideline': ['guideline:publish', 'phase:set'],
  'manage-users': ['users:read', 'users:write', 'teams:write'],
};

/** Whether the role alone allows the action. */
export function allow(role: Role, action: Action): boolean {
  return grants.get(role)?.has(action) ?? false;
}

/** Every permission of the role and the capabilities, in the contract's order. */
export function permissionsOf(role: Role, capabilities: readonly Capability[] = []): Action[] {
  const granted = new Set(grants.get(role));
  for (const c of capabilities) for (const a of FROM_CAPABILITY[c]) granted.add(a);
  return ACTIONS.filter((action) => granted.has(action));
}
