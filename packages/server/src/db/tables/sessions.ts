export type SessionsTable = {
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
};
