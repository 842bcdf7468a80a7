import type { Migration } from 'kysely';
import * as initial from './2026-11-21T0600-initial.js';
import * as auditLog from './2026-11-21T0700-audit-log.js';
import * as governance from './2026-11-21T0800-governance.js';
import * as postOverrideRequest from './2026-11-21T0900-post-override-request.js';

/** Every migration, by name (sorted by name when run); listed so the server bundles them. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-21T0600-initial': initial,
  '2026-11-21T0700-audit-log': auditLog,
  '2026-11-21T0800-governance': governance,
  '2026-11-21T0900-post-override-request': postOverrideRequest,
};
