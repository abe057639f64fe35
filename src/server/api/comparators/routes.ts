import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findCouncil } from '../../../councils/index.ts';
import {
  parseDfeCsv,
  saveComparators,
  setStatisticalNeighbours,
  statisticalNeighbours,
} from '../../../indicators/comparators/index.ts';
import { recordAuditEvent } from '../../../store/index.ts';
import { hasPermission, requirePermission, requireSignedIn } from '../../plugins/auth.ts';
import { ApiError, sendError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentImport, presentNeighbours } from './presenter.ts';
import { CSV_UPLOAD_BYTES, receiveCsv } from './receive-csv.ts';
import { importFieldsSchema, importResultSchema, neighboursBodySchema, neighboursSchema } from './schema.ts';

/**
 * preHandler: analysts (data:import) and administrators (settings:edit) may load published tables; they are
 * national figures, so no council is checked.
 */
async function requireComparatorImport(request: FastifyRequest, reply: FastifyReply) {
  const refused = await requireSignedIn(request, reply);
  if (refused) return refused;
  const principal = principalOf(request);
  if (!hasPermission(principal, 'data:import') && !hasPermission(principal, 'settings:edit'))
    return sendError(reply, 403, 'forbidden', 'Your role does not allow this.');
}

/** DfE's published tables (upload, audited) and a council's statistical neighbours (settings:edit to change, audited). */
export function comparatorRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: CSV_UPLOAD_BYTES, files: 2 } });

    app.post(
      '/api/comparators',
      {
        preHandler: requireComparatorImport,
        schema: {
          tags: ['comparators'],
          summary:
            "Upload one of DfE's published CSV tables (multipart: file .csv, source? text); national, regional and council rows are stored (audited as comparators.import)",
          consumes: ['multipart/form-data'],
          response: { 200: importResultSchema, ...errorResponses },
        },
      },
      async (request) => {
        const upload = await receiveCsv(request);
        const fields = importFieldsSchema.safeParse(upload.fields);
        if (!fields.success)
          throw new ApiError(400, 'invalid-request', 'The upload is not valid: source: 1 to 120 characters', {
            source: 'enter 1 to 120 characters',
          });
        const source = fields.data.source ?? upload.name;
        const { figures, problems } = parseDfeCsv(upload.text, source);
        if (figures.length === 0)
          throw new ApiError(
            400,
            'no-figures',
            `${upload.name}: no figures imported. ${problems.join('; ')}`,
          );
        const principal = principalOf(request);
        const { saved } = await saveComparators(ctx.db, figures, principal.username);
        const result = presentImport(source, figures, saved, problems);
        await recordAuditEvent(ctx.db, {
          actor: principal.username,
          action: 'comparators.import',
          detail: { source, file: upload.name, saved, years: result.years, problems: problems.length },
        });
        return result;
      },
    );

    app.get(
      '/api/councils/:code/neighbours',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['comparators'],
          summary: "The council's statistical neighbours, in the order chosen",
          params: councilParams,
          response: { 200: neighboursSchema, ...errorResponses },
        },
      },
      async (request) =>
        presentNeighbours(request.params.code, await statisticalNeighbours(ctx.db, request.params.code)),
    );

    app.put(
      '/api/councils/:code/neighbours',
      {
        preHandler: requirePermission('settings:edit'),
        schema: {
          tags: ['comparators'],
          summary: 'Choose the statistical neighbours (audited as neighbours.change with before and after)',
          params: councilParams,
          body: neighboursBodySchema,
          response: { 200: neighboursSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const unknown = Object.fromEntries(
          request.body.neighbours.flatMap((c, i) =>
            findCouncil(c)
              ? []
              : [[`neighbours.${i}`, `${c} is not an English council with children's services`]],
          ),
        );
        if (Object.keys(unknown).length > 0)
          throw new ApiError(
            400,
            'invalid-request',
            `The body is not valid: ${Object.values(unknown).join('; ')}`,
            unknown,
          );
        const actor = principalOf(request).username;
        const before = await statisticalNeighbours(ctx.db, code);
        const after = await setStatisticalNeighbours(ctx.db, code, request.body.neighbours, actor);
        await recordAuditEvent(ctx.db, {
          actor,
          action: 'neighbours.change',
          councilCode: code,
          detail: { before, after },
        });
        return presentNeighbours(code, after);
      },
    );
  };
}
