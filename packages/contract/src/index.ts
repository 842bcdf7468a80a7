/**
 * The HTTP API's request and response bodies, written once as zod schemas: the server
 * validates with them and publishes them as OpenAPI; the web app imports the types.
 * Shared code: it must never import server or web code, nor Node modules.
 */
export * from './audit.js';
export * from './auth.js';
export * from './check.js';
export * from './classify.js';
export * from './drafts.js';
export * from './errors.js';
export * from './guideline.js';
export * from './health.js';
export * from './moderation.js';
export * from './notifications.js';
export * from './permissions.js';
export * from './phase.js';
export * from './posts.js';
export * from './teams.js';
export * from './tokens.js';
export * from './training.js';
export * from './users.js';
