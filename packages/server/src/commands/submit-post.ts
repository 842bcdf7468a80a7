import type { Db } from '../db/database.js';
import type { PostsTable } from '../db/tables/posts.js';
import type { PreparedPost } from '../routes/api/posts/prepare-post.js';
import type { JsonValue } from '../security/audit-chain.js';
import { newId, sha256 } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { type AuditMeta, recordEvent } from './record-event.js';

/**
 * A post's state as the audit log records it: like drafts, the text's SHA-256 and length
 * instead of the text.
 */
export function postState(row: PostsTable): { [key: string]: JsonValue } {
  return {
    textSha256: sha256(row.text),
    textLength: row.text.length,
    channel: row.channel,
    kind: row.post_kind,
    revision: row.revision,
    status: row.status,
    step: row.step,
    errorCount: row.error_count,
    guidelineVersion: row.guideline_version,
    phase: row.phase,
  };
}

/** The columns a (re)submission sets from the checked post. */
export function preparedColumns(prepared: PreparedPost) {
  const { input, result, steps } = prepared;
  return {
    text: input.text,
    channel: input.channel ?? null,
    post_kind: input.as,
    media_json: JSON.stringify(input.media ?? []),
    status: steps.length > 0 ? ('in-review' as const) : ('approved' as const),
    step: 0,
    steps_json: JSON.stringify(steps),
    guideline_version: prepared.guidelineVersion,
    phase: prepared.phase,
    findings_json: JSON.stringify(result.findings),
    error_count: prepared.errorCount,
    override_request: prepared.overrideRequest,
    override_reason: null,
    override_by: null,
  };
}

/**
 * Stores a submitted post: in review when a flow applies, approved at once otherwise.
 * Only the server's fields are written; nothing else from the request body.
 */
export async function submitPost(
  db: Db,
  authorId: string,
  prepared: PreparedPost,
  draftId: string | undefined,
  meta: AuditMeta = {},
): Promise<PostsTable> {
  return db.transaction().execute(async (trx) => {
    const now = isoNow();
    const row: PostsTable = {
      id: newId(),
      author_id: authorId,
      ...preparedColumns(prepared),
      revision: 1,
      published_url: null,
      scheduled_at: null,
      visibility: 'visible',
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('posts').values(row).execute();
    await recordEvent(trx, {
      action: 'post-submit',
      actorId: authorId,
      targetType: 'post',
      targetId: row.id,
      after: {
        ...postState(row),
        ...(row.override_request !== null ? { overrideRequest: row.override_request } : {}),
        ...(draftId !== undefined ? { draftId } : {}),
      },
      requestId: meta.requestId,
    });
    return row;
  });
}
