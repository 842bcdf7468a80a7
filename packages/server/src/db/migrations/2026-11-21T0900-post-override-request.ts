import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped, and never import app code.
// The author's note when sending a post with error findings to review anyway, so the
// reviewers read why before they decide.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('posts').addColumn('override_request', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('posts').dropColumn('override_request').execute();
}
