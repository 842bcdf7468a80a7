export type ModerationActionsTable = {
  id: string;
  post_id: string;
  actor_id: string | null;
  /** hide, restore, appeal, appeal-upheld (stays hidden), appeal-granted (restored). */
  action: 'hide' | 'restore' | 'appeal' | 'appeal-upheld' | 'appeal-granted';
  /** The guideline's moderation reason id (hide). */
  reason: string | null;
  /** The article the reason cites (hide). */
  article: string | null;
  note: string | null;
  created_at: string;
};

export type AppealsTable = {
  id: string;
  post_id: string;
  author_id: string;
  text: string;
  status: 'open' | 'upheld' | 'granted';
  decided_by: string | null;
  decision_note: string | null;
  created_at: string;
  decided_at: string | null;
};

export type NotificationsTable = {
  id: string;
  user_id: string;
  kind: string;
  post_id: string | null;
  data_json: string;
  created_at: string;
  read_at: string | null;
};
