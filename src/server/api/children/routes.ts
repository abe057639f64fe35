import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { childRecord, childrenList } from '../../../app/index.ts';
import { recordAuditEvent } from '../../../store/index.ts';
import { sendTable } from '../../download.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { CHILD_COLUMNS } from './presenter.ts';
import {
  childParams,
  childRecordSchema,
  childrenExportQuery,
  childrenPageSchema,
  childrenQuery,
} from './schema.ts';

/** Child-level records (children:read, never viewers); every list, view and download is audited. */
export function childRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/councils/:code/children',
      {
        preHandler: requirePermission('children:read'),
        schema: {
          tags: ['children'],
          summary: 'Children in the active imports, searchable, paged (audited)',
          params: councilParams,
          querystring: childrenQuery,
          response: { 200: childrenPageSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const { q, status, page, pageSize } = request.query;
        const data = await ctx.councilData.get(code);
        const answer = childrenList(data.timelines, { q, status, page, pageSize });
        await recordAuditEvent(ctx.db, {
          actor: principalOf(request).username,
          action: 'children.list',
          councilCode: code,
          detail: { q: q ?? null, status, page, shown: answer.children.length, total: answer.total },
        });
        return answer;
      },
    );

    app.get(
      '/api/councils/:code/children/export',
      {
        preHandler: requirePermission('children:read'),
        schema: {
          tags: ['children'],
          summary: 'Download the children list as CSV or XLSX (audited)',
          params: councilParams,
          querystring: childrenExportQuery,
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const { q, status, format } = request.query;
        const data = await ctx.councilData.get(code);
        const { children } = childrenList(data.timelines, { q, status, pageSize: Number.MAX_SAFE_INTEGER });
        await recordAuditEvent(ctx.db, {
          actor: principalOf(request).username,
          action: 'children.export',
          councilCode: code,
          detail: { q: q ?? null, status, format, rows: children.length },
        });
        return sendTable(reply, {
          filename: `children-${code}`,
          columns: CHILD_COLUMNS,
          rows: children,
          format,
          sheetName: 'Children',
        });
      },
    );

    app.get(
      '/api/councils/:code/children/:id',
      {
        preHandler: requirePermission('children:read'),
        schema: {
          tags: ['children'],
          summary:
            "A child's record: periods of care, placements, missing spells, findings (audited as child.view)",
          params: childParams,
          response: { 200: childRecordSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code, id } = request.params;
        const data = await ctx.councilData.get(code);
        const timeline = data.byChild.get(id);
        if (!timeline)
          throw new ApiError(404, 'child-not-found', `No child ${id} in this council's active imports.`);
        await recordAuditEvent(ctx.db, {
          actor: principalOf(request).username,
          action: 'child.view',
          councilCode: code,
          detail: { childId: id },
        });
        return childRecord(timeline);
      },
    );
  };
}
