import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Finding } from '../findings/index.ts';
import { readSurveyCsv } from '../plan/survey-csv.ts';
import type { SurveyResponse } from '../plan/survey-summary.ts';
import { recordAuditEvent } from './audit-event.ts';
import type { Database } from './database-schema.ts';

/** A survey as listed: title, file, how many responses, who imported it and when. */
export interface SurveyRecord {
  id: number;
  councilCode: string;
  title: string;
  fileName: string;
  responses: number;
  importedBy: string;
  importedAt: Date;
}

export type SurveyImportResult =
  | { status: 'imported'; survey: SurveyRecord; findings: Finding[] }
  | { status: 'rejected'; findings: Finding[] };

/**
 * Reads a survey CSV and stores it in one transaction: a file with any structural finding stores nothing.
 * Respondent ids are kept only as a hash salted with the survey's id (to count respondents). Audited as
 * `survey.import`.
 *
 * ### Example
 * ```ts
 * await importSurvey(db, { councilCode: 'E06000016', title: 'Children in care 2026', fileName: 'survey.csv', text, by: 'cora' })
 * ```
 */
export async function importSurvey(
  db: Kysely<Database>,
  input: { councilCode: string; title: string; fileName: string; text: string; by: string },
): Promise<SurveyImportResult> {
  const read = readSurveyCsv(input.text, input.fileName);
  if (read.status === 'rejected') return read;
  const survey = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('survey')
      .values({
        council_code: input.councilCode,
        title: input.title,
        file_name: input.fileName,
        responses: read.rows.length,
        imported_by: input.by,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // Batches keep each insert well under PostgreSQL's 65,535 parameters.
    for (let i = 0; i < read.rows.length; i += 2000) {
      await trx
        .insertInto('survey_response')
        .values(
          read.rows.slice(i, i + 2000).map((r) => ({
            survey_id: row.id,
            row_number: r.row,
            question: r.question,
            response: r.response,
            respondent_group: r.group,
            respondent_hash: r.respondentId === null ? null : hashRespondent(row.id, r.respondentId),
          })),
        )
        .execute();
    }
    return surveyOf(row);
  });
  await recordAuditEvent(db, {
    actor: input.by,
    action: 'survey.import',
    councilCode: input.councilCode,
    detail: { surveyId: survey.id, file: input.fileName, responses: survey.responses },
  });
  return { status: 'imported', survey, findings: read.findings };
}

function hashRespondent(surveyId: number, respondentId: string): string {
  return createHash('sha256').update(`${surveyId}\u0000${respondentId}`).digest('hex');
}

function surveyOf(row: {
  id: number;
  council_code: string;
  title: string;
  file_name: string;
  responses: number;
  imported_by: string;
  imported_at: Date;
}): SurveyRecord {
  return {
    id: row.id,
    councilCode: row.council_code,
    title: row.title,
    fileName: row.file_name,
    responses: row.responses,
    importedBy: row.imported_by,
    importedAt: row.imported_at,
  };
}

/** A council's surveys, newest first. */
export async function listSurveys(db: Kysely<Database>, councilCode: string): Promise<SurveyRecord[]> {
  const rows = await db
    .selectFrom('survey')
    .selectAll()
    .where('council_code', '=', councilCode)
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(surveyOf);
}

/** One survey of a council with its responses (in file order), or undefined. */
export async function loadSurvey(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
): Promise<{ survey: SurveyRecord; responses: SurveyResponse[] } | undefined> {
  const row = await db
    .selectFrom('survey')
    .selectAll()
    .where('council_code', '=', councilCode)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const responses = await db
    .selectFrom('survey_response')
    .selectAll()
    .where('survey_id', '=', id)
    .orderBy('row_number')
    .execute();
  return {
    survey: surveyOf(row),
    responses: responses.map((r) => ({
      id: r.id,
      row: r.row_number,
      question: r.question,
      response: r.response,
      group: r.respondent_group,
      respondentHash: r.respondent_hash,
      themes: r.themes,
      approvedQuote: r.approved_quote,
    })),
  };
}

/** Deletes a survey and its responses (audited as `survey.delete`). False when it is not the council's. */
export async function deleteSurvey(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  by: string,
): Promise<boolean> {
  const gone = await db
    .deleteFrom('survey')
    .where('council_code', '=', councilCode)
    .where('id', '=', id)
    .returning(['id', 'title'])
    .executeTakeFirst();
  if (gone)
    await recordAuditEvent(db, { actor: by, action: 'survey.delete', councilCode, detail: { surveyId: id } });
  return Boolean(gone);
}

/**
 * Sets a free-text response's themes (trimmed, distinct, in the order given) and whether it is approved
 * for publication. False when the response is not in the council's survey.
 */
export async function tagSurveyResponse(
  db: Kysely<Database>,
  councilCode: string,
  surveyId: number,
  responseId: number,
  change: { themes: string[]; approvedQuote: boolean },
  by: string,
): Promise<boolean> {
  const themes = [...new Set(change.themes.map((t) => t.trim()).filter(Boolean))];
  const updated = await db
    .updateTable('survey_response')
    .set({
      themes,
      approved_quote: change.approvedQuote,
      approved_by: change.approvedQuote ? by : null,
      approved_at: change.approvedQuote ? sql<Date>`coalesce(approved_at, now())` : null,
    })
    .where('id', '=', responseId)
    .where('survey_id', '=', surveyId)
    .where('survey_id', 'in', (eb) =>
      eb.selectFrom('survey').select('id').where('council_code', '=', councilCode),
    )
    .returning('id')
    .executeTakeFirst();
  return Boolean(updated);
}
