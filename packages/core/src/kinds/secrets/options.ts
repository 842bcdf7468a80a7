import { z } from 'zod';

export const secretsOptions = z.object({
  /** Ids of known credential formats (data/secrets/patterns.json) not to look for. */
  disable: z.array(z.string()).default([]),
  /** Look for "password: …", "wachtwoord is …", "pincode …", "api key = …" with a secret-looking value. */
  keywords: z.boolean().default(true),
  /** Look for long random strings shortly after such a keyword. */
  entropy: z.boolean().default(true),
  /** Shannon entropy (bits per character) from which a string counts as random. */
  minEntropy: z.number().min(0).max(8).default(3.5),
  /** Length from which a random string counts as a key. */
  minLength: z.number().int().min(8).default(20),
});

export type SecretsOptions = z.infer<typeof secretsOptions>;

export type SecretMessageId =
  | 'token'
  | 'privateKey'
  | 'password'
  | 'credentialsInUrl'
  | 'randomString';

export type Emit = (
  messageId: SecretMessageId,
  start: number,
  end: number,
  data?: Record<string, string>,
) => void;
