import type { Role } from '@leidraad/contract';

export type UsersTable = {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: Role;
  /** Argon2id PHC string; null until the user sets a password. */
  password_hash: string | null;
  created_at: string;
};
