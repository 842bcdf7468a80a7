import { hash, verify } from '@node-rs/argon2';

/** Argon2id parameters; tests pass cheap ones. */
export type Argon2Options = { memoryCost: number; timeCost: number; parallelism: number };

/** OWASP's recommendation for Argon2id: 19 MiB, 2 iterations, 1 lane. */
export const OWASP_ARGON2: Argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export type Passwords = {
  hash(password: string): Promise<string>;
  /** False for a wrong password or a null hash; costs the same time either way. */
  verify(hashed: string | null, password: string): Promise<boolean>;
};

export function createPasswords(options: Argon2Options): Passwords {
  // Verified against when the user has no password, so timing does not tell who exists.
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    async verify(hashed, password) {
      if (hashed === null) {
        dummy ??= hash('leidraad-dummy-password', options);
        await verify(await dummy, password);
        return false;
      }
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
  };
}
