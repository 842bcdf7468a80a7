/**
 * Leidraad's HTTP server. Layers: plugins/external (security headers, cookies, OpenAPI,
 * web files, errors) → plugins/app (auth, permissions, guideline cache) → routes/api/<resource>
 * (schema, guard, thin handler) → commands/<verb>-<noun>.ts (each mutation in a transaction).
 */

export { ROLES } from '@leidraad/contract';
export { createApp, SERVER_VERSION, servicesOf } from './app.js';
export { FIRST_ADMIN_EMAIL } from './commands/bootstrap.js';
export { ensureUserToken } from './commands/ensure-user-token.js';
export type { AppOptions } from './config.js';
export { connect, DEFAULT_DATABASE_URL, describeDatabase } from './db/connect.js';
export { migrateToLatest } from './db/migrate.js';
export { auditEvents, auditHead, verifyChain } from './queries/audit.js';
export { AUDIT_COLUMNS, type AuditHead, type VerifyResult } from './security/audit-chain.js';
export { OWASP_ARGON2 } from './security/passwords.js';
export { type Started, type StartOptions, startServer } from './start.js';
