import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface WebPluginOptions {
  /** The built front end (web/dist). */
  root: string;
  /** The embedded demo; the page learns it from GET /api/auth/config, so nothing differs here yet. */
  demo: boolean;
}

// Vite names files under assets/ by content hash, so a changed file gets a new name: cache for a year.
const HASHED = 'public, max-age=31536000, immutable';
// index.html names the current hashes: the browser must check it every time.
const REVALIDATE = 'no-cache';

/**
 * Serves the built single-page app: files from web/dist, and index.html for any other GET that is not
 * under /api (client-side routes such as /children/123), so a bookmarked or reloaded page works.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, options: WebPluginOptions) => {
    await app.register(fastifyStatic, {
      root: options.root,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      dotfiles: 'deny',
      setHeaders(reply, path) {
        reply.header('Cache-Control', path.includes('/assets/') ? HASHED : REVALIDATE);
      },
    });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      // Unknown API paths and missing asset files answer 404, not the page.
      if (path.startsWith('/api/') || path === '/api' || path.startsWith('/assets/'))
        return reply.callNotFound();
      return reply
        .header('Cache-Control', REVALIDATE)
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    });
  },
  { name: 'web' },
);
