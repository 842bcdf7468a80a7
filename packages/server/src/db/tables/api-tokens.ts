export type ApiTokensTable = {
  id: string;
  name: string;
  user_id: string;
  /** SHA-256 (hex) of the bearer token. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};
