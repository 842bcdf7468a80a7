import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type AppOptions, resolveConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { DEFAULT_WEB_DIST } from './paths.js';
import { createAccess } from './plugins/app/access.js';
import { createAuth } from './plugins/app/auth.js';
import { createGuidelines } from './plugins/app/guidelines.js';
import { registerErrorHandler } from './plugins/external/errors.js';
import { lazyChildLogger, RequestLog } from './plugins/external/request-log.js';
import { registerSecurity } from './plugins/external/security.js';
import { registerSwagger } from './plugins/external/swagger.js';
import { registerWeb } from './plugins/external/web.js';
import { auditRoutes } from './routes/api/audit/index.js';
import { authRoutes } from './routes/api/auth/index.js';
import { checkRoutes } from './routes/api/check/index.js';
import { classifyRoutes } from './routes/api/classify/index.js';
import { draftsRoutes } from './routes/api/drafts/index.js';
import { guidelineRoutes } from './routes/api/guideline/index.js';
import { healthRoutes } from './routes/api/health/index.js';
import { moderationRoutes } from './routes/api/moderation/index.js';
import { notificationsRoutes } from './routes/api/notifications/index.js';
import { phaseRoutes } from './routes/api/phase/index.js';
import { postsRoutes } from './routes/api/posts/index.js';
import { reviewsRoutes } from './routes/api/reviews/index.js';
import { teamsRoutes } from './routes/api/teams/index.js';
import { tokensRoutes } from './routes/api/tokens/index.js';
import { trainingRoutes } from './routes/api/training/index.js';
import { usersRoutes } from './routes/api/users/index.js';
import { createPasswords } from './security/passwords.js';
import type { Services } from './services.js';

export const SERVER_VERSION = '0.1.0';

/** Secrets never reach the log. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.csrfToken',
  '*.smtpUrl',
];

const services = new WeakMap<FastifyInstance, Services>();
const routeLists = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** A route as registered: method and URL pattern (e.g. `POST /api/posts/:id/reviews`). */
export type RegisteredRoute = { method: string; url: string };

/** Every route the app registered (HEAD routes Fastify adds for GET are left out). */
export function routesOf(app: FastifyInstance): readonly RegisteredRoute[] {
  return routeLists.get(app) ?? [];
}

/** The services an app was built with (for start-up work and tests). */
export function servicesOf(app: FastifyInstance): Services {
  const s = services.get(app);
  if (!s) throw new Error('not an app made by createApp');
  return s;
}

/**
 * Builds the app: connects to the database and migrates it, registers plugins and routes.
 * Closing the app closes the database.
 */
export async function createApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const config = resolveConfig(options);
  const { db, dialect } = connect(config.databaseUrl, config.cwd);
  try {
    await migrateToLatest(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  const logger =
    config.logger === false
      ? false
      : { level: config.logger === true ? 'info' : config.logger, redact: REDACT };
  const app = Fastify({
    logger,
    logController: new RequestLog(),
    childLoggerFactory: lazyChildLogger,
    bodyLimit: 4 * 1024 * 1024,
  });
  app.addHook('onClose', async () => db.destroy());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const auth = createAuth(db);
  const guidelines = createGuidelines(db, config.versionTtlMs);
  const s: Services = {
    config,
    db,
    dialect,
    passwords: createPasswords(config.argon2),
    auth,
    guidelines,
    access: createAccess(db, auth, guidelines),
  };
  services.set(app, s);
  const routes: RegisteredRoute[] = [];
  routeLists.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });

  registerErrorHandler(app);
  await registerSecurity(app);
  await registerSwagger(app, SERVER_VERSION);
  const api = app.withTypeProvider<ZodTypeProvider>();
  await api.register(healthRoutes(s), { prefix: '/api/health' });
  await api.register(authRoutes(s), { prefix: '/api/auth' });
  await api.register(usersRoutes(s), { prefix: '/api/users' });
  await api.register(teamsRoutes(s), { prefix: '/api/teams' });
  await api.register(tokensRoutes(s), { prefix: '/api/tokens' });
  await api.register(checkRoutes(s), { prefix: '/api/check' });
  await api.register(classifyRoutes(s), { prefix: '/api/classify' });
  await api.register(guidelineRoutes(s), { prefix: '/api/guideline' });
  await api.register(draftsRoutes(s), { prefix: '/api/drafts' });
  await api.register(moderationRoutes(s), { prefix: '/api/moderation' });
  await api.register(notificationsRoutes(s), { prefix: '/api/notifications' });
  await api.register(auditRoutes(s), { prefix: '/api/audit' });
  await api.register(postsRoutes(s), { prefix: '/api/posts' });
  await api.register(reviewsRoutes(s), { prefix: '/api/reviews' });
  await api.register(trainingRoutes(s), { prefix: '/api/training' });
  await api.register(phaseRoutes(s), { prefix: '/api/phase' });
  await registerWeb(app, config.webDist ?? DEFAULT_WEB_DIST);
  return app;
}
