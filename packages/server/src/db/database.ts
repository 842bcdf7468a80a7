import type { Kysely } from 'kysely';
import type { ApiTokensTable } from './tables/api-tokens.js';
import type { AuditEventsTable } from './tables/audit-events.js';
import type { DraftsTable } from './tables/drafts.js';
import type { AcknowledgementsTable, GuidelineVersionsTable } from './tables/guideline-versions.js';
import type { LoginAttemptsTable } from './tables/login-attempts.js';
import type {
  AppealsTable,
  ModerationActionsTable,
  NotificationsTable,
} from './tables/moderation.js';
import type { OneTimeTokensTable } from './tables/one-time-tokens.js';
import type { OrganisationSettingsTable } from './tables/organisation.js';
import type { PostReviewsTable, PostsTable } from './tables/posts.js';
import type { SessionsTable } from './tables/sessions.js';
import type { TeamMembersTable, TeamsTable } from './tables/teams.js';
import type { TrainingAttemptsTable } from './tables/training.js';
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
  organisation_settings: OrganisationSettingsTable;
  posts: PostsTable;
  post_reviews: PostReviewsTable;
  moderation_actions: ModerationActionsTable;
  appeals: AppealsTable;
  notifications: NotificationsTable;
  training_attempts: TrainingAttemptsTable;
};

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';
