import type { FastifyInstance } from 'fastify';
import { servicesOf } from '../../src/app.js';
import type { PostsTable } from '../../src/db/tables/posts.js';
import { newId } from '../../src/security/tokens.js';
import { isoNow } from '../../src/time.js';

/** A post straight in the database (published unless told otherwise), as review would leave it. */
export async function insertPost(
  app: FastifyInstance,
  authorId: string,
  fields: Partial<PostsTable> = {},
): Promise<PostsTable> {
  const now = isoNow();
  const row: PostsTable = {
    id: newId(),
    author_id: authorId,
    channel: 'linkedin',
    post_kind: 'personal',
    text: 'Vandaag op het spoor: een mooie dag voor de reiziger.',
    media_json: '[]',
    revision: 1,
    status: 'published',
    step: 0,
    steps_json: '[]',
    guideline_version: 1,
    phase: 'pioneer',
    findings_json: '[]',
    error_count: 0,
    override_request: null,
    override_reason: null,
    override_by: null,
    published_url: null,
    scheduled_at: null,
    visibility: 'visible',
    created_at: now,
    updated_at: now,
    ...fields,
  };
  await servicesOf(app).db.insertInto('posts').values(row).execute();
  return row;
}

/** Row counts of the tables moderation writes, to show that a refused request changed nothing. */
export async function moderationCounts(app: FastifyInstance) {
  const { db } = servicesOf(app);
  const count = async (
    table: 'moderation_actions' | 'appeals' | 'notifications' | 'audit_events',
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    actions: await count('moderation_actions'),
    appeals: await count('appeals'),
    notifications: await count('notifications'),
    events: await count('audit_events'),
  };
}

export async function visibilityOf(app: FastifyInstance, postId: string) {
  const row = await servicesOf(app)
    .db.selectFrom('posts')
    .select('visibility')
    .where('id', '=', postId)
    .executeTakeFirstOrThrow();
  return row.visibility;
}

/** The user's notifications as stored, newest last. */
export async function notificationsOf(app: FastifyInstance, userId: string) {
  const rows = await servicesOf(app)
    .db.selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data_json) as Record<string, unknown> }));
}

/** The newest audit event. */
export async function lastEvent(app: FastifyInstance) {
  const row = await servicesOf(app)
    .db.selectFrom('audit_events')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return {
    ...row,
    before: row.before_json ? JSON.parse(row.before_json) : null,
    after: row.after_json ? JSON.parse(row.after_json) : null,
  };
}
