import type { Finding } from '../../../findings/index.ts';
import type { SurveyResponse } from '../../../plan/index.ts';
import type { SurveyRecord } from '../../../store/index.ts';

export function presentSurvey(s: SurveyRecord) {
  return {
    id: s.id,
    title: s.title,
    fileName: s.fileName,
    responses: s.responses,
    importedBy: s.importedBy,
    importedAt: s.importedAt.toISOString(),
  };
}

/** A response for tagging: never its respondent id (nor the hash of it). */
export function presentResponse(r: SurveyResponse) {
  return {
    id: r.id,
    row: r.row,
    question: r.question,
    response: r.response,
    group: r.group,
    themes: r.themes,
    approvedQuote: r.approvedQuote,
  };
}

export function presentFinding(f: Finding) {
  return {
    severity: f.severity,
    code: f.code,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.row !== undefined ? { row: f.row } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    message: f.message,
  };
}
