import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';
import { councilRoutes } from './routes/councils.ts';
import { homePage } from './routes/home-page.ts';

export interface ServerOptions {
  db: Kysely<Database>;
  logger?: boolean;
}

/** The HTTP app (no listening): tests call `inject()`, `serve` calls `listen()`. */
export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    reply.header('Referrer-Policy', 'no-referrer');
  });
  homePage(app, options.db);
  councilRoutes(app, options.db);
  return app;
}
