import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';
import { apiRoutes } from './api/index.ts';
import { authPlugin } from './plugins/auth.ts';
import { errorHandling } from './plugins/errors.ts';
import { openApi } from './plugins/openapi.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { webPlugin } from './plugins/web.ts';
import { publicStatementRoutes } from './public/index.ts';

export interface ServerOptions {
  db: Kysely<Database>;
  /** The embedded demo: demo users exist and are named on the sign-in page. */
  demo?: boolean;
  /** Cookies marked Secure (true behind HTTPS; false only for http://localhost). */
  secureCookies?: boolean;
  /** Built front end to serve (web/dist); omitted in API-only tests. */
  webRoot?: string;
  logger?: boolean;
}

/**
 * The HTTP app, not listening: tests call `inject()`, `serve` calls `listen()`. One process serves the
 * JSON API under /api (OpenAPI at /api/docs) and the built front end.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { redact: ['req.headers.cookie', 'req.headers.authorization'] } : false,
    bodyLimit: 1_048_576,
    // Only behind a proxy we control may X-Forwarded-For name the client (it keys the sign-in rate limit).
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  await app.register(securityHeaders);
  await app.register(errorHandling);
  await app.register(openApi);
  await app.register(authPlugin, {
    db: options.db,
    demo: options.demo ?? false,
    secureCookies: options.secureCookies ?? false,
  });
  await app.register(apiRoutes, { db: options.db, demo: options.demo ?? false });
  await app.register(publicStatementRoutes, { db: options.db });
  if (options.webRoot) await app.register(webPlugin, { root: options.webRoot, demo: options.demo ?? false });
  await app.ready();
  return app;
}
