import type { Kysely } from 'kysely';
import type { ApiTokensTable } from './tables/api-tokens.js';
import type { AuditEventsTable } from './tables/audit-events.js';
import type { DraftsTable } from './tables/drafts.js';
import type { AcknowledgementsTable, GuidelineVersionsTable } from './tables/guideline-versions.js';
import type { LoginAttemptsTable } from './tables/login-attempts.js';
import type { OneTimeTokensTable } from './tables/one-time-tokens.js';
import type { SessionsTable } from './tables/sessions.js';
import type { TeamMembersTable, TeamsTable } from './tables/teams.js';
import type { UsersTable } from './tables/users.js';

export type Database = {
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  api_tokens: ApiTokensTable;
  guideline_versions: GuidelineVersionsTable;
  acknowledgements: AcknowledgementsTable;
  drafts: DraftsTable;
  login_attempts: LoginAttemptsTable;
  audit_events: AuditEventsTable;
};

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';
