import type { Db } from '../db/database.js';
import { createOneTimeToken } from './create-one-time-token.js';
import { insertUser } from './create-user.js';
import { publishGuideline } from './publish-guideline.js';
import { recordEvent } from './record-event.js';

export const FIRST_ADMIN_EMAIL = 'admin@leidraad.local';

/** Publishes the starting guideline as version 1 when none is published; true when it did. */
export async function ensureGuideline(db: Db, source: string, note: string): Promise<boolean> {
  const any = await db
    .selectFrom('guideline_versions')
    .select('version')
    .limit(1)
    .executeTakeFirst();
  if (any) return false;
  await publishGuideline(db, { source, note, publishedBy: null });
  return true;
}

/**
 * Creates the first administrator when there are no users, with a one-time sign-in token
 * (valid 24 h) to print. While that administrator has set no password, every start issues
 * a new token, so the link is never lost. Undefined when there is nothing to print.
 */
export async function ensureFirstAdmin(db: Db): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const any = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (!any) {
      const admin = await insertUser(trx, FIRST_ADMIN_EMAIL, 'Administrator', 'administrator');
      await recordEvent(trx, {
        action: 'user-create',
        actorId: null,
        targetType: 'user',
        targetId: admin.id,
        after: {
          email: admin.email,
          name: admin.name,
          role: admin.role,
          teamIds: [],
          via: 'first-start',
        },
      });
      return createOneTimeToken(trx, admin.id, 'sign-in');
    }
    const admin = await trx
      .selectFrom('users')
      .select(['id', 'password_hash', 'role'])
      .where('email', '=', FIRST_ADMIN_EMAIL)
      .executeTakeFirst();
    if (!admin || admin.password_hash !== null || admin.role !== 'administrator') return undefined;
    await recordEvent(trx, {
      action: 'sign-in-link',
      actorId: null,
      targetType: 'user',
      targetId: admin.id,
      after: { purpose: 'sign-in', via: 'first-start' },
    });
    return createOneTimeToken(trx, admin.id, 'sign-in');
  });
}
