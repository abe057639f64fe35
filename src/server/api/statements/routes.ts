import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decideStep, documentFigures, type EditionStep } from '../../../editions/index.ts';
import type { StatementDocument } from '../../../report/index.ts';
import {
  createEdition,
  findPublication,
  listEditions,
  narrativeHistory,
  publicationFile,
  publishEdition,
  recordAuditEvent,
  type StatementEdition,
  saveNarrative,
  takeEditionStep,
} from '../../../store/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import type { ApiContext } from '../context.ts';
import { actorOf, editionOf, refusalError } from './edition-access.ts';
import { changesSinceLastPublished } from './edition-changes-view.ts';
import { presentEdition, presentHistoryEntry, publicPagePath } from './presenter.ts';
import { narrativesOf, publicationFiles } from './publish-files.ts';
import {
  changesSchema,
  createBodySchema,
  downloadParams,
  editionDetailSchema,
  editionListSchema,
  editionParams,
  editionSchema,
  historySchema,
  narrativeBodySchema,
  sectionParams,
  stepParams,
} from './schema.ts';
import { editionDay, reportStatementSource, type StatementSource } from './statement-source.ts';

const BASE = '/api/councils/:code/statements/editions';
const STEPS: EditionStep[] = ['edit', 'submit', 'approve', 'publish', 'withdraw'];

/**
 * Statement editions: list and start editions, read and save each section's narrative (with history),
 * preview, send for review, approve (a second person), publish (frozen files) and withdraw, what changed
 * since the last published edition, and downloads. Every step is audited.
 */
export function statementRoutes(
  ctx: ApiContext,
  source: StatementSource = reportStatementSource(ctx),
): FastifyPluginAsyncZod {
  /** The document an edition shows: frozen once published, else built from today's data. */
  const documentOf = async (edition: StatementEdition): Promise<StatementDocument> => {
    if (edition.status === 'published') {
      const publication = await findPublication(ctx.db, edition.id);
      if (publication) return publication.document as StatementDocument;
    }
    return source.document(edition.council_code, await narrativesOf(ctx, edition.id), editionDay());
  };
  const audit = (
    actor: string,
    action: string,
    edition: StatementEdition,
    detail: Record<string, unknown> = {},
  ) =>
    recordAuditEvent(ctx.db, {
      actor,
      action,
      councilCode: edition.council_code,
      detail: { edition: edition.number, ...detail },
    });

  return async (app) => {
    app.get(
      BASE,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary: "The council's statement editions, newest first",
          params: councilParams,
          response: { 200: editionListSchema, ...errorResponses },
        },
      },
      async (request) => ({
        editions: (await listEditions(ctx.db, request.params.code)).map(presentEdition),
        publicPage: publicPagePath(request.params.code),
      }),
    );

    app.post(
      BASE,
      {
        preHandler: requirePermission('plan:edit'),
        schema: {
          tags: ['statements'],
          summary: 'Start the next edition (a draft, its narrative copied from the last published edition)',
          params: councilParams,
          body: createBodySchema,
          response: { 201: editionSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const { username } = actorOf(request);
        const made = await createEdition(ctx.db, {
          councilCode: request.params.code,
          title: request.body.title,
          createdBy: username,
        });
        if (made.status !== 'ok') throw refusalError(made);
        await audit(username, 'statement.create', made.edition, { title: made.edition.title });
        return reply.code(201).send(presentEdition(made.edition));
      },
    );

    app.get(
      `${BASE}/:number`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary: 'An edition with each section’s narrative and live figures, and what the user may do next',
          params: editionParams,
          response: { 200: editionDetailSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code, number } = request.params;
        const edition = await editionOf(ctx, code, number);
        const actor = actorOf(request);
        const [doc, history, publication] = await Promise.all([
          documentOf(edition),
          narrativeHistory(ctx.db, edition.id),
          findPublication(ctx.db, edition.id),
        ]);
        const allowed: Record<string, boolean> = {};
        const refusals: Record<string, string> = {};
        for (const step of STEPS) {
          const decision = decideStep(
            { status: edition.status, lastEditedBy: edition.last_edited_by },
            step,
            actor,
          );
          allowed[step] = decision.ok;
          if (!decision.ok) refusals[step] = decision.message;
        }
        return {
          edition: presentEdition(edition),
          sections: doc.sections.map((section) => {
            const latest = history.find((h) => h.sectionId === section.id);
            return {
              id: section.id,
              heading: section.heading,
              narrative: latest?.text ?? section.narrative,
              saved: latest ? { by: latest.savedBy, at: latest.savedAt.toISOString() } : null,
              copiedFromEdition: latest ? latest.copiedFrom !== null : false,
              figures: section.blocks.flatMap((b) =>
                b.kind === 'figures' ? b.figures.map(({ label, value }) => ({ label, value })) : [],
              ),
              tables: section.blocks.flatMap((b) =>
                b.kind === 'table' ? [b.table.caption] : b.kind === 'chart' ? [b.chart.title] : [],
              ),
            };
          }),
          allowed: allowed as {
            edit: boolean;
            submit: boolean;
            approve: boolean;
            publish: boolean;
            withdraw: boolean;
          },
          refusals,
          publication: publication
            ? {
                hasPdf: publication.hasPdf,
                pdfNote: publication.pdfNote,
                publishedAt: publication.publishedAt.toISOString(),
                publicUrl: `${publicPagePath(code)}/${edition.number}`,
              }
            : null,
        };
      },
    );

    app.put(
      `${BASE}/:number/narrative/:section`,
      {
        preHandler: requirePermission('plan:edit'),
        schema: {
          tags: ['statements'],
          summary: "Save a section's narrative (a new version; drafts and editions in review only)",
          params: sectionParams,
          body: narrativeBodySchema,
          response: { 200: editionSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request) => {
        const { code, number, section } = request.params;
        const heading = source.sections.find((s) => s.id === section)?.heading;
        if (!heading) throw new ApiError(404, 'section-not-found', `No section ${section} in the statement.`);
        const edition = await editionOf(ctx, code, number);
        const actor = actorOf(request);
        const saved = await saveNarrative(ctx.db, {
          editionId: edition.id,
          sectionId: section,
          sectionTitle: heading,
          text: request.body.text,
          actor,
        });
        if (saved.status !== 'ok') throw refusalError(saved);
        await audit(actor.username, 'statement.edit', edition, {
          section,
          characters: request.body.text.length,
        });
        return presentEdition(saved.edition);
      },
    );

    app.get(
      `${BASE}/:number/history`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary: 'Every saved version of the narrative, newest first (optionally one section)',
          params: editionParams,
          querystring: z.object({ section: z.string().max(60).optional() }),
          response: { 200: historySchema, ...errorResponses },
        },
      },
      async (request) => {
        const edition = await editionOf(ctx, request.params.code, request.params.number);
        const entries = await narrativeHistory(ctx.db, edition.id, request.query.section);
        return { entries: entries.map(presentHistoryEntry) };
      },
    );

    app.get(
      `${BASE}/:number/preview`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary: 'The edition as HTML (frozen once published, else built now from the data and narrative)',
          params: editionParams,
        },
      },
      async (request, reply) => {
        const edition = await editionOf(ctx, request.params.code, request.params.number);
        const publication =
          edition.status === 'published' ? await findPublication(ctx.db, edition.id) : undefined;
        const html = publication?.html ?? source.html(await documentOf(edition));
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );

    app.get(
      `${BASE}/:number/changes`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary:
            'What changed since the last published edition: figures (disclosure-controlled) and actions',
          params: editionParams,
          response: { 200: changesSchema, ...errorResponses },
        },
      },
      async (request) => {
        const edition = await editionOf(ctx, request.params.code, request.params.number);
        return changesSinceLastPublished(ctx.db, edition, async () => ({
          figures: documentFigures(await documentOf(edition)),
          actions: await source.actions(edition.council_code),
        }));
      },
    );

    app.post(
      `${BASE}/:number/:step`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary: 'Send for review, approve (not the last editor), publish (freezes the files) or withdraw',
          params: stepParams,
          response: { 200: editionSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request) => {
        const { code, number, step } = request.params;
        const edition = await editionOf(ctx, code, number);
        const actor = actorOf(request);
        const check = decideStep(
          { status: edition.status, lastEditedBy: edition.last_edited_by },
          step,
          actor,
        );
        if (!check.ok)
          throw refusalError({ status: 'refused', reason: check.reason, message: check.message });
        const result =
          step === 'publish'
            ? await publishEdition(
                ctx.db,
                edition.id,
                actor,
                await publicationFiles(ctx, source, edition, editionDay()),
              )
            : await takeEditionStep(ctx.db, edition.id, step, actor);
        if (result.status !== 'ok') throw refusalError(result);
        await audit(actor.username, `statement.${step}`, result.edition);
        return presentEdition(result.edition);
      },
    );

    app.get(
      `${BASE}/:number/download/:format`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['statements'],
          summary: 'A published edition as HTML, PDF or DOCX',
          params: downloadParams,
        },
      },
      async (request, reply) => {
        const { code, number, format } = request.params;
        const edition = await editionOf(ctx, code, number);
        const file = await editionFile(ctx, edition, format);
        return reply
          .type(file.type)
          .header('Content-Disposition', `attachment; filename="${file.name}"`)
          .send(file.body);
      },
    );
  };
}

const TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A published edition's file, or 404 saying why there is none. Shared with the public routes. */
export async function editionFile(
  ctx: Pick<ApiContext, 'db'>,
  edition: StatementEdition,
  format: 'html' | 'pdf' | 'docx',
): Promise<{ body: string | Buffer; type: string; name: string }> {
  const publication = edition.status === 'published' ? await findPublication(ctx.db, edition.id) : undefined;
  if (!publication) {
    throw new ApiError(
      404,
      'edition-not-published',
      `Edition ${edition.number} is not published: preview it instead.`,
    );
  }
  const name = `sufficiency-statement-${edition.council_code}-edition-${edition.number}.${format}`;
  if (format === 'html') return { body: publication.html, type: TYPES.html, name };
  const bytes = await publicationFile(ctx.db, edition.id, format);
  if (!bytes) {
    throw new ApiError(
      404,
      'no-pdf',
      `Edition ${edition.number} has no PDF: ${publication.pdfNote ?? 'none was made.'}`,
    );
  }
  return { body: bytes, type: TYPES[format], name };
}
