import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { censusDate, parseUkDate } from '../../../dates/index.ts';
import { listBatches, restoreBatch } from '../../../store/index.ts';
import { canSeeCouncil, requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { importJob } from './import-job.ts';
import { presentBatch } from './presenter.ts';
import { receiveUpload } from './receive-upload.ts';
import {
  batchIdParams,
  batchSchema,
  jobAcceptedSchema,
  restoreResultSchema,
  uploadFieldsSchema,
} from './schema.ts';

function fieldProblems(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [i.path.map(String).join('.') || '_', i.message]));
}

/** Upload (→ an import job), import history and restore. */
export function importRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: ctx.uploads.fileBytes, files: ctx.uploads.files } });

    app.post(
      '/api/councils/:code/imports',
      {
        preHandler: requirePermission('data:import'),
        schema: {
          tags: ['imports'],
          summary:
            'Upload a 903 return (multipart: year, asAt? dd/mm/yyyy, allowPartial? true, files[] .csv/.xml ≤ 200 MB each, ≤ 30 files); starts an import job',
          params: councilParams,
          consumes: ['multipart/form-data'],
          response: { 202: jobAcceptedSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { code } = request.params;
        const upload = await receiveUpload(request, ctx.uploads);
        const parsed = uploadFieldsSchema.safeParse(upload.fields);
        const asAt =
          parsed.success && parsed.data.asAt !== undefined ? parseUkDate(parsed.data.asAt) : undefined;
        if (!parsed.success || asAt === null) {
          await upload.discard();
          const fields = parsed.success
            ? { asAt: `not a real date: ${parsed.data.asAt}` }
            : fieldProblems(parsed.error);
          const list = Object.entries(fields)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ');
          throw new ApiError(400, 'invalid-request', `The upload is not valid: ${list}`, fields);
        }
        const year = parsed.data.year;
        const kind = asAt === undefined || asAt === censusDate(year) ? 'return' : 'in-year';
        const job = await ctx.jobs.submit(
          { kind: 'import', councilCode: code, createdBy: principal.username },
          importJob(ctx.db, {
            sources: upload.sources,
            councilCode: code,
            collectionYear: year,
            kind,
            ...(asAt !== undefined ? { asAt } : {}),
            allowPartial: parsed.data.allowPartial === 'true',
            importedBy: principal.username,
            cleanUp: upload.discard,
            onImported: () => ctx.councilData.invalidate(code),
          }),
        );
        return reply.code(202).send({ jobId: job.id });
      },
    );

    app.get(
      '/api/councils/:code/imports',
      {
        preHandler: requirePermission('data:import'),
        schema: {
          tags: ['imports'],
          summary: 'Import history: every batch, newest first, with who, when and file hashes',
          params: councilParams,
          response: { 200: batchSchema.array(), ...errorResponses },
        },
      },
      async (request) => {
        const batches = await listBatches(ctx.db, request.params.code);
        return batches.sort((a, b) => b.id - a.id).map(presentBatch);
      },
    );

    app.post(
      '/api/imports/:id/restore',
      {
        preHandler: requirePermission('data:import'),
        schema: {
          tags: ['imports'],
          summary: 'Make a superseded batch active again (the active one is superseded)',
          params: batchIdParams,
          response: { 200: restoreResultSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const batch = await ctx.db
          .selectFrom('import_batch')
          .select('council_code')
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        if (!batch || !canSeeCouncil(principal, batch.council_code))
          throw new ApiError(
            404,
            'batch-not-found',
            `No import batch ${request.params.id} among your councils.`,
          );
        const result = await restoreBatch(ctx.db, request.params.id, principal.username);
        if (result.status !== 'restored') {
          if (result.status === 'not-found') throw new ApiError(404, 'batch-not-found', result.message);
          throw new ApiError(409, 'batch-not-superseded', result.message);
        }
        ctx.councilData.invalidate(batch.council_code);
        return {
          batchId: result.batchId,
          ...(result.supersededBatchId !== undefined ? { supersededBatchId: result.supersededBatchId } : {}),
        };
      },
    );
  };
}
