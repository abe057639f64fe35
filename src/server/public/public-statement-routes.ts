import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { councilSettings } from '../../app/index.ts';
import { type Database, findEdition, publishedEditions } from '../../store/index.ts';
import { editionFile } from '../api/statements/routes.ts';
import { ApiError } from '../plugins/errors.ts';
import { publicStatementsPage } from './public-statements-page.ts';

// The list changes when an edition is published: caches may keep it a few minutes. A published
// edition never changes (the database refuses it), so its files may be kept a day.
const LIST_CACHE = 'public, max-age=300';
const FILE_CACHE = 'public, max-age=86400';
const CODE = /^[A-Za-z0-9]{1,20}$/;

/**
 * The public, no-sign-in pages of published statements: `/public/<council>/statements` (the list, HTML),
 * `…/statements.json`, and each edition as `…/statements/<n>` (HTML), `<n>.pdf`, `<n>.docx`. Only stored
 * publications are served — documents built from aggregates and frozen at publication — so nothing
 * child-level can reach these routes, and drafts are never shown.
 */
export const publicStatementRoutes = fp(
  async (app: FastifyInstance, options: { db: Kysely<Database> }) => {
    const { db } = options;
    const listOf = async (code: string) => {
      if (!CODE.test(code)) throw notFound(code);
      const editions = await publishedEditions(db, code);
      if (editions.length === 0) throw notFound(code);
      const council = { code, name: (await councilSettings(db, code)).displayName };
      return { council, editions };
    };

    app.get<{ Params: { code: string } }>(
      '/public/:code/statements',
      { schema: { hide: true } },
      async (request, reply) => {
        const { council, editions } = await listOf(request.params.code);
        return reply
          .header('Cache-Control', LIST_CACHE)
          .type('text/html; charset=utf-8')
          .send(publicStatementsPage(council, editions));
      },
    );

    app.get<{ Params: { code: string } }>(
      '/public/:code/statements.json',
      { schema: { hide: true } },
      async (request, reply) => {
        const { council, editions } = await listOf(request.params.code);
        const base = `/public/${encodeURIComponent(council.code)}/statements`;
        return reply.header('Cache-Control', LIST_CACHE).send({
          council,
          editions: editions.map((e) => ({
            number: e.number,
            title: e.title,
            publishedAt: e.publishedAt.toISOString(),
            html: `${base}/${e.number}`,
            pdf: e.pdfBytes === null ? null : `${base}/${e.number}.pdf`,
            docx: `${base}/${e.number}.docx`,
          })),
        });
      },
    );

    app.get<{ Params: { code: string; file: string } }>(
      '/public/:code/statements/:file',
      { schema: { hide: true } },
      async (request, reply) => {
        const { code, file } = request.params;
        const match = /^(\d{1,6})(?:\.(html|pdf|docx))?$/.exec(file);
        if (!match || !CODE.test(code)) throw notFound(code);
        const edition = await findEdition(db, code, Number(match[1]));
        if (edition?.status !== 'published') throw notFound(code);
        const format = (match[2] ?? 'html') as 'html' | 'pdf' | 'docx';
        const out = await editionFile({ db }, edition, format);
        return send(reply, out, format === 'html' ? 'inline' : 'attachment');
      },
    );
  },
  { name: 'public-statements' },
);

function send(
  reply: FastifyReply,
  file: { body: string | Buffer; type: string; name: string },
  disposition: string,
) {
  return reply
    .header('Cache-Control', FILE_CACHE)
    .header('Content-Disposition', `${disposition}; filename="${file.name}"`)
    .type(file.type)
    .send(file.body);
}

function notFound(code: string): ApiError {
  return new ApiError(404, 'no-published-statements', `No published statement for ${code.slice(0, 20)}.`);
}
