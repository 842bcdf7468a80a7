import { ACTIONS, type Action, ROLES, type Role } from '@leidraad/contract';

/**
 * Who may do what, declared once. GET /api/auth/me sends a user's list to the web app,
 * which only reads it; every route checks it through `auth.guard(action)`.
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
]);
grant(
  ['communications-lead', 'administrator'],
  ['guideline:publish', 'acknowledgements:read', 'users:read'],
);
grant(['administrator'], ['users:write', 'teams:write', 'tokens:manage']);

export function allow(role: Role, action: Action): boolean {
  return grants.get(role)?.has(action) ?? false;
}

/** Every action the role may take, in the contract's order. */
export function permissionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => allow(role, action));
}
