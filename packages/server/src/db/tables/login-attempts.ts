/** Failed logins, for the rate limit (5 per email and IP address per 15 minutes). */
export type LoginAttemptsTable = {
  id: string;
  email: string;
  ip: string;
  attempted_at: string;
};
