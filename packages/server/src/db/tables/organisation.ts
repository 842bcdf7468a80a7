/** Organisation-wide settings by key; `phase` holds the current maturity phase. */
export type OrganisationSettingsTable = {
  key: string;
  value: string;
  updated_by: string | null;
  updated_at: string;
};
