import type { Role } from '@leidraad/contract';
import type { Db } from '../db/database.js';
import { ApiError } from '../errors.js';
import { findUserByEmail, type UserRow } from '../queries/users.js';
import { newId } from '../security/tokens.js';
import { isoNow } from '../time.js';
import { createOneTimeToken } from './create-one-time-token.js';
import { type AuditMeta, recordEvent } from './record-event.js';
import { setTeams } from './team-membership.js';

export type NewUser = { email: string; name: string; role: Role; teamIds: readonly string[] };

/** Creates a user without a password and an invite token (shown once). */
export async function createUser(
  db: Db,
  input: NewUser,
  meta: AuditMeta = {},
): Promise<{ user: UserRow; inviteToken: string }> {
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) {
      throw new ApiError('conflict', `A user with e-mail address ${input.email} already exists.`, {
        field: 'email',
      });
    }
    const user = await insertUser(trx, input.email, input.name, input.role);
    await setTeams(trx, user.id, input.teamIds);
    await recordEvent(trx, {
      action: 'user-invite',
      actorId: meta.actorId ?? null,
      targetType: 'user',
      targetId: user.id,
      after: {
        email: user.email,
        name: user.name,
        role: user.role,
        teamIds: [...new Set(input.teamIds)].sort(),
      },
      requestId: meta.requestId,
    });
    return { user, inviteToken: await createOneTimeToken(trx, user.id, 'invite') };
  });
}

/** Inserts a user row; runs in the caller's transaction. */
export async function insertUser(
  trx: Db,
  email: string,
  name: string,
  role: Role,
): Promise<UserRow> {
  const user: UserRow = {
    id: newId(),
    email: email.toLowerCase(),
    name,
    role,
    password_hash: null,
    created_at: isoNow(),
  };
  await trx.insertInto('users').values(user).execute();
  return user;
}
