import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scaleOf, summariseSurvey } from '../../../plan/index.ts';
import {
  deleteSurvey,
  importSurvey,
  listSurveys,
  loadSurvey,
  tagSurveyResponse,
} from '../../../store/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentFinding, presentResponse, presentSurvey } from './presenter.ts';
import {
  responseParams,
  responsesQuery,
  SURVEY_MAX_BYTES,
  surveyBody,
  surveyParams,
  tagBody,
} from './schema.ts';

const tags = ['surveys'];

function surveyNotFound(id: number): ApiError {
  return new ApiError(404, 'survey-not-found', `No survey ${id} in this council.`);
}

/**
 * The voice of children and providers: survey imports (all or nothing, with findings), summaries (groups
 * under 5 respondents suppressed) for everyone in the council, and — for those who edit the strategy — the
 * free-text answers to tag with themes and approve as quotes. Respondent ids never leave the store.
 */
export function surveyRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = requirePermission('figures:read');
    const edit = requirePermission('strategy:edit');

    app.get(
      '/api/councils/:code/surveys',
      {
        preHandler: read,
        schema: { tags, summary: 'The council’s surveys, newest first', params: councilParams },
      },
      async (request) => ({ surveys: (await listSurveys(ctx.db, request.params.code)).map(presentSurvey) }),
    );

    app.post(
      '/api/councils/:code/surveys',
      {
        preHandler: edit,
        bodyLimit: SURVEY_MAX_BYTES * 2,
        schema: {
          tags,
          summary:
            'Import a survey CSV (question, response, respondent group[, respondent id]): 201 when imported; 200 with status "rejected" and the findings when not (nothing stored)',
          params: councilParams,
          body: surveyBody,
        },
      },
      async (request, reply) => {
        const { title, fileName, csv } = request.body;
        const result = await importSurvey(ctx.db, {
          councilCode: request.params.code,
          title,
          fileName,
          text: csv,
          by: principalOf(request).username,
        });
        if (result.status === 'rejected')
          return reply.code(200).send({ status: 'rejected', findings: result.findings.map(presentFinding) });
        return reply.code(201).send({
          status: 'imported',
          survey: presentSurvey(result.survey),
          findings: result.findings.map(presentFinding),
        });
      },
    );

    app.get(
      '/api/councils/:code/surveys/:id',
      { preHandler: read, schema: { tags, summary: 'A survey’s summary', params: surveyParams } },
      async (request) => {
        const found = await loadSurvey(ctx.db, request.params.code, request.params.id);
        if (!found) throw surveyNotFound(request.params.id);
        return { survey: presentSurvey(found.survey), summary: summariseSurvey(found.responses) };
      },
    );

    app.delete(
      '/api/councils/:code/surveys/:id',
      {
        preHandler: edit,
        schema: { tags, summary: 'Delete a survey and its responses', params: surveyParams },
      },
      async (request, reply) => {
        const gone = await deleteSurvey(
          ctx.db,
          request.params.code,
          request.params.id,
          principalOf(request).username,
        );
        if (!gone) throw surveyNotFound(request.params.id);
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/councils/:code/surveys/:id/responses',
      {
        preHandler: edit,
        schema: {
          tags,
          summary: 'Free-text answers with their themes, for tagging',
          params: surveyParams,
          querystring: responsesQuery,
        },
      },
      async (request) => {
        const found = await loadSurvey(ctx.db, request.params.code, request.params.id);
        if (!found) throw surveyNotFound(request.params.id);
        const { question } = request.query;
        const byQuestion = new Map<string, string[]>();
        for (const r of found.responses)
          byQuestion.set(r.question, [...(byQuestion.get(r.question) ?? []), r.response]);
        const free = new Set(
          [...byQuestion].filter(([, answers]) => scaleOf(answers) === null).map(([q]) => q),
        );
        const chosen = found.responses.filter((r) =>
          question === undefined ? free.has(r.question) : r.question === question,
        );
        return { responses: chosen.map(presentResponse) };
      },
    );

    app.put(
      '/api/councils/:code/surveys/:id/responses/:responseId',
      {
        preHandler: edit,
        schema: {
          tags,
          summary: 'Set a response’s themes and whether it is approved for publication',
          params: responseParams,
          body: tagBody,
        },
      },
      async (request) => {
        const { code, id, responseId } = request.params;
        const ok = await tagSurveyResponse(
          ctx.db,
          code,
          id,
          responseId,
          request.body,
          principalOf(request).username,
        );
        if (!ok) throw new ApiError(404, 'survey-not-found', `No response ${responseId} in survey ${id}.`);
        return {
          id: responseId,
          themes: [...new Set(request.body.themes)],
          approvedQuote: request.body.approvedQuote,
        };
      },
    );
  };
}
