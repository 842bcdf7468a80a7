import { createHash } from 'node:crypto';
import type { Role } from '@leidraad/contract';
import type { FastifyInstance } from 'fastify';
import { servicesOf } from '../../src/app.js';
import { ensureUserToken } from '../../src/commands/ensure-user-token.js';
import { newId } from '../../src/security/tokens.js';
import { isoNow } from '../../src/time.js';
import { insertPost } from '../helpers/posts.js';

export type Actor = { id: string; role: Role; email: string; token: string };

let counter = 0;
/** A unique suffix for names and e-mail addresses made during the matrix. */
export const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;

/** A user of the role with an API token (bearer requests need no CSRF header). */
export async function actor(app: FastifyInstance, role: Role): Promise<Actor> {
  const email = `${role}-${unique()}@matrix.example`;
  const made = await ensureUserToken(servicesOf(app).db, { email, role, tokenName: 'matrix' });
  const row = await servicesOf(app)
    .db.selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { id: row.id, role, email, token: made.token };
}

/** A draft of the user, straight in the database. */
export async function draftOf(app: FastifyInstance, userId: string): Promise<string> {
  const id = newId();
  const now = isoNow();
  await servicesOf(app)
    .db.insertInto('drafts')
    .values({
      id,
      author_id: userId,
      text: 'Een concept.',
      channel: 'x',
      post_kind: 'personal',
      findings_json: '[]',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** An API token of the user, straight in the database; its id. */
export async function tokenOf(app: FastifyInstance, email: string, role: Role): Promise<string> {
  const made = await ensureUserToken(servicesOf(app).db, { email, role, tokenName: unique() });
  return made.id;
}

/**
 * Every row of every table, hashed: equal before and after a denied request means the
 * request changed nothing. Tables come from the database itself, so new ones are covered.
 */
export async function fingerprint(app: FastifyInstance): Promise<string> {
  const { db } = servicesOf(app);
  const tables = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !name.startsWith('kysely_'))
    .sort();
  const hash = createHash('sha256');
  for (const table of tables) {
    // biome-ignore lint/suspicious/noExplicitAny: every table, whatever its columns
    const rows = await (db as any).selectFrom(table).selectAll().execute();
    const lines = rows.map((r: unknown) => JSON.stringify(r)).sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** A hidden post of the user with an open appeal; the appeal's id. */
export async function openAppealOf(app: FastifyInstance, userId: string): Promise<string> {
  const post = await insertPost(app, userId, { visibility: 'hidden' });
  const id = newId();
  await servicesOf(app)
    .db.insertInto('appeals')
    .values({
      id,
      post_id: post.id,
      author_id: userId,
      text: 'Dit bericht overtreedt geen huisregel.',
      status: 'open',
      decided_by: null,
      decision_note: null,
      created_at: isoNow(),
      decided_at: null,
    })
    .execute();
  return id;
}

/** A notification for the user; its id. */
export async function notificationOf(app: FastifyInstance, userId: string): Promise<string> {
  const id = newId();
  await servicesOf(app)
    .db.insertInto('notifications')
    .values({
      id,
      user_id: userId,
      kind: 'review',
      post_id: null,
      data_json: JSON.stringify({ decision: 'approve', comment: null, reviewer: 'Matrix' }),
      created_at: isoNow(),
      read_at: null,
    })
    .execute();
  return id;
}
