export const ONE_TIME_PURPOSES = ['sign-in', 'invite'] as const;
export type OneTimePurpose = (typeof ONE_TIME_PURPOSES)[number];

export type OneTimeTokensTable = {
  /** SHA-256 (hex) of the token. */
  sha256: string;
  user_id: string;
  purpose: OneTimePurpose;
  expires_at: string;
  used_at: string | null;
};
