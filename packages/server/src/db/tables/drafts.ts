import type { PostKind } from '@leidraad/core';

export type DraftsTable = {
  id: string;
  author_id: string;
  text: string;
  channel: string | null;
  post_kind: PostKind;
  /** The findings of the last server check, as JSON. */
  findings_json: string;
  created_at: string;
  updated_at: string;
};
