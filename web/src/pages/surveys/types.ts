/** The surveys API's answers (src/server/api/surveys/, src/plan/survey-summary.ts). */
export interface Survey {
  id: number;
  title: string;
  fileName: string;
  responses: number;
  importedBy: string;
  importedAt: string;
}

export interface Finding {
  severity: 'structural' | 'content';
  code: string;
  row?: number;
  column?: string;
  value?: string;
  message: string;
}

export interface GroupCounts {
  group: string;
  respondents: number | null;
  suppressed: boolean;
  counts: { option: string; count: number | null; percent: number | null }[];
}

export type Question =
  | { kind: 'scale'; question: string; options: string[]; groups: GroupCounts[]; all: GroupCounts }
  | {
      kind: 'text';
      question: string;
      responses: number;
      tagged: number;
      themes: { theme: string; count: number }[];
      quotes: { id: number; text: string; group: string | null }[];
    };

export interface SurveySummary {
  respondents: number | null;
  responses: number;
  groups: string[];
  questions: Question[];
}

export interface SurveyResponse {
  id: number;
  row: number;
  question: string;
  response: string;
  group: string;
  themes: string[];
  approvedQuote: boolean;
}
