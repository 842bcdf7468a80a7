import { DEFAULT_DATABASE_URL } from './db/connect.js';
import { type Argon2Options, OWASP_ARGON2 } from './security/passwords.js';

export type AppOptions = {
  /** `sqlite:PATH`, `sqlite::memory:` or `postgres://…` (env DATABASE_URL). */
  databaseUrl?: string;
  /** Resolves a relative SQLite path and `./leidraad.yaml` (default: process.cwd()). */
  cwd?: string;
  /** Argon2id parameters (default: OWASP's). */
  argon2?: Argon2Options;
  /** Fastify logging: false (default for tests), true, or a level. */
  logger?: boolean | string;
  /** The built web app to serve at `/` (default: packages/web/dist beside this package). */
  webDist?: string;
  /** Base of links the server makes (invites); default: the request's own origin. */
  publicUrl?: string;
  /** Re-read the current guideline version from the database at most this often (ms). */
  versionTtlMs?: number;
  /** Outgoing mail server, `smtp://user:pass@host:port` or `smtps://…` (env LEIDRAAD_SMTP_URL); no mail without it. */
  smtpUrl?: string;
  /** Sender of notification e-mails (env LEIDRAAD_MAIL_FROM; default leidraad@<SMTP host>). */
  mailFrom?: string;
};

export type Config = Required<
  Omit<AppOptions, 'publicUrl' | 'webDist' | 'smtpUrl' | 'mailFrom'>
> & {
  publicUrl: string | undefined;
  webDist: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
};

export function resolveConfig(options: AppOptions, env = process.env): Config {
  return {
    databaseUrl: options.databaseUrl ?? env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    cwd: options.cwd ?? process.cwd(),
    argon2: options.argon2 ?? OWASP_ARGON2,
    logger: options.logger ?? false,
    webDist: options.webDist,
    publicUrl: options.publicUrl ?? env.PUBLIC_URL,
    versionTtlMs: options.versionTtlMs ?? 2000,
    smtpUrl: options.smtpUrl ?? (env.LEIDRAAD_SMTP_URL || undefined),
    mailFrom: options.mailFrom ?? (env.LEIDRAAD_MAIL_FROM || undefined),
  };
}
