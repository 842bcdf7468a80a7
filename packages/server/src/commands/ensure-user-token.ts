import type { Role } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import { findUserByEmail } from '../queries/users.js';
import { insertApiToken, type NewApiToken } from './create-api-token.js';
import { insertUser } from './create-user.js';
import { recordEvent } from './record-event.js';

export type EnsureUserToken = { email: string; role: Role; tokenName: string };

/**
 * `leidraad token create`: the user (created when missing, named after the part of the
 * address before the @, with the given role) and a new API token for them.
 */
export function ensureUserToken(
  db: Db,
  input: EnsureUserToken,
): Promise<NewApiToken & { userCreated: boolean }> {
  const email = input.email.toLowerCase();
  return db.transaction().execute(async (trx) => {
    let user = await findUserByEmail(trx, email);
    const userCreated = !user;
    if (!user) {
      user = await insertUser(trx, email, email.split('@')[0] || email, input.role);
      await recordEvent(trx, {
        action: 'user-create',
        actorId: null,
        targetType: 'user',
        targetId: user.id,
        after: { email: user.email, name: user.name, role: user.role, teamIds: [], via: 'cli' },
      });
    }
    return { ...(await insertApiToken(trx, user.id, input.tokenName)), userCreated };
  });
}
