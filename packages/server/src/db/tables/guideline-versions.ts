/** Immutable once written: a new upload is a new version. */
export type GuidelineVersionsTable = {
  version: number;
  source: string;
  /** Null for the version the server publishes itself on first start. */
  published_by: string | null;
  published_at: string;
  note: string | null;
};

export type AcknowledgementsTable = {
  version: number;
  user_id: string;
  acknowledged_at: string;
};
