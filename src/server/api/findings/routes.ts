import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { councilFindings } from '../../../app/index.ts';
import { sendTable } from '../../download.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import type { ApiContext } from '../context.ts';
import { FINDING_COLUMNS } from './presenter.ts';
import { findingsExportQuery, findingsPageSchema, findingsQuery } from './schema.ts';

/** Rows in one download: a council's active imports rarely hold more; beyond it the file says so by its size. */
const EXPORT_LIMIT = 200_000;

/** Data-quality findings of a council's active imports: a page, and the download. */
export function findingRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/councils/:code/findings',
      {
        preHandler: requirePermission('data:findings'),
        schema: {
          tags: ['findings'],
          summary: 'Findings of the active imports, filtered and paged',
          params: councilParams,
          querystring: findingsQuery,
          response: { 200: findingsPageSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { year, severity, code, q, page, pageSize } = request.query;
        return councilFindings(ctx.db, request.params.code, {
          collectionYear: year,
          severity,
          code,
          q,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
      },
    );

    app.get(
      '/api/councils/:code/findings/export',
      {
        preHandler: requirePermission('data:findings'),
        schema: {
          tags: ['findings'],
          summary: 'Download the filtered findings as CSV or XLSX',
          params: councilParams,
          querystring: findingsExportQuery,
        },
      },
      async (request, reply) => {
        const { year, severity, code, q, format } = request.query;
        const { findings } = await councilFindings(ctx.db, request.params.code, {
          collectionYear: year,
          severity,
          code,
          q,
          limit: EXPORT_LIMIT,
        });
        const suffix = year !== undefined ? `-${year}` : '';
        return sendTable(reply, {
          filename: `findings-${request.params.code}${suffix}`,
          columns: FINDING_COLUMNS,
          rows: findings,
          format,
          sheetName: 'Findings',
        });
      },
    );
  };
}
