import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LOCAL_DATA_KINDS,
  LOCAL_FILE_MAX_BYTES,
  type LocalDataKind,
  localDataKind,
  localTemplateCsv,
  templateOf,
  writeLocalCsv,
} from '../../../local/index.ts';
import { importLocalData, loadLocalRecords, localDataBatches } from '../../../store/index.ts';
import { hasPermission, requirePermission, requireSignedIn } from '../../plugins/auth.ts';
import { ApiError, sendError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentFinding, presentLocalBatch, presentTemplate } from './presenter.ts';
import { receiveLocalFile } from './receive-local-file.ts';
import {
  councilKindParams,
  importedSchema,
  kindParams,
  localDataSummarySchema,
  rejectedSchema,
  templateSchema,
  uploadFieldsSchema,
} from './schema.ts';

/**
 * preHandler: analysts (data:import) and administrators (settings:edit) may import local data, as with
 * comparators; the council is checked by requirePermission('figures:read') first.
 */
async function requireLocalImport(request: FastifyRequest, reply: FastifyReply) {
  const refused = await requirePermission('figures:read')(request, reply);
  if (refused) return refused;
  const principal = principalOf(request);
  if (!hasPermission(principal, 'data:import') && !hasPermission(principal, 'settings:edit'))
    return sendError(reply, 403, 'forbidden', 'Your role does not allow this.');
}

const kindOf = (slug: string): LocalDataKind => localDataKind(slug) as LocalDataKind;

/**
 * The council's local data: templates and schema (any signed-in user), the active file of each kind and
 * the history (figures:read: file names, counts, who and when), upload (analysts and administrators;
 * synchronous: local files are small), and export of the rows (children:read for kinds about children or
 * carers, figures:read for homes, providers and the budget).
 */
export function localDataRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: LOCAL_FILE_MAX_BYTES, files: 2 } });

    app.get(
      '/api/local-data/templates',
      {
        preHandler: requireSignedIn,
        schema: {
          tags: ['local-data'],
          summary: 'Every local-data template: columns, types, allowed values with labels, examples, rules',
          response: { 200: templateSchema.array(), ...errorResponses },
        },
      },
      async () => LOCAL_DATA_KINDS.map(presentTemplate),
    );

    app.get(
      '/api/local-data/templates/:kind',
      {
        preHandler: requireSignedIn,
        schema: {
          tags: ['local-data'],
          summary: "One template's schema",
          params: kindParams,
          response: { 200: templateSchema, ...errorResponses },
        },
      },
      async (request) => presentTemplate(kindOf(request.params.kind)),
    );

    app.get(
      '/api/local-data/templates/:kind/csv',
      {
        preHandler: requireSignedIn,
        schema: {
          tags: ['local-data'],
          summary: 'The blank CSV template: header and one example row',
          params: kindParams,
        },
      },
      async (request, reply) => {
        const template = templateOf(kindOf(request.params.kind));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${template.fileName}"`)
          .send(localTemplateCsv(template.kind));
      },
    );

    app.get(
      '/api/councils/:code/local-data',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['local-data'],
          summary: 'Each kind of local data with its active file (rows, who, when), and every file imported',
          params: councilParams,
          response: { 200: localDataSummarySchema, ...errorResponses },
        },
      },
      async (request) => {
        const batches = (await localDataBatches(ctx.db, request.params.code)).map(presentLocalBatch);
        return {
          kinds: LOCAL_DATA_KINDS.map((kind) => {
            const t = templateOf(kind);
            return {
              kind,
              slug: t.slug,
              title: t.title,
              description: t.description,
              childLevel: t.childLevel,
              personal: t.personal,
              active: batches.find((b) => b.kind === kind && b.status === 'active') ?? null,
            };
          }),
          history: batches,
        };
      },
    );

    app.post(
      '/api/councils/:code/local-data',
      {
        preHandler: requireLocalImport,
        schema: {
          tags: ['local-data'],
          summary:
            'Upload one local-data CSV (multipart: kind? slug, file .csv ≤ 20 MB); all or nothing: 201 imported (it replaces the active file of its kind, audited as local-data.import) or 200 rejected with findings',
          params: councilParams,
          consumes: ['multipart/form-data'],
          response: { 201: importedSchema, 200: rejectedSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const upload = await receiveLocalFile(request);
        const fields = uploadFieldsSchema.safeParse(upload.fields);
        if (!fields.success)
          throw new ApiError(
            400,
            'invalid-request',
            `kind: ${fields.error.issues[0]?.message ?? 'not valid'}`,
            {
              kind: fields.error.issues[0]?.message ?? 'not valid',
            },
          );
        const kind = fields.data.kind ? kindOf(fields.data.kind) : undefined;
        const result = await importLocalData(ctx.db, {
          council: request.params.code,
          ...(kind ? { kind } : {}),
          fileName: upload.name,
          bytes: upload.bytes,
          user: principalOf(request).username,
        });
        if (result.status === 'rejected')
          return reply
            .code(200)
            .send({ status: 'rejected', kind: result.kind, findings: result.findings.map(presentFinding) });
        ctx.councilData.invalidate(request.params.code);
        return reply.code(201).send({ ...result, slug: templateOf(result.kind).slug });
      },
    );

    app.get(
      '/api/councils/:code/local-data/:kind/export',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['local-data'],
          summary:
            "The active rows of one kind as CSV in the template's columns (kinds about children or carers need children:read)",
          params: councilKindParams,
        },
      },
      async (request, reply) => {
        const kind = kindOf(request.params.kind);
        const template = templateOf(kind);
        if (template.personal && !hasPermission(principalOf(request), 'children:read'))
          throw new ApiError(
            403,
            'forbidden',
            `Your role does not allow reading ${template.title.toLowerCase()} row by row.`,
          );
        const records = await loadLocalRecords(ctx.db, request.params.code, kind);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.params.code}-${template.fileName}"`)
          .send(writeLocalCsv(kind, records));
      },
    );
  };
}
