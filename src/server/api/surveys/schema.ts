import { z } from 'zod';
import { councilParams } from '../common-schema.ts';

/** The most a survey file may be: a council's surveys run to a few thousand answers. */
export const SURVEY_MAX_BYTES = 5 * 1024 * 1024;

export const surveyParams = councilParams.extend({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const responseParams = surveyParams.extend({
  responseId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const surveyBody = z.object({
  title: z.string().trim().min(1, 'enter the survey’s title, e.g. "Children in care survey 2026"').max(200),
  fileName: z
    .string()
    .trim()
    .max(200)
    .refine((n) => /\.csv$/i.test(n), 'only a .csv file can be imported')
    .transform((n) => n.split(/[\\/]/).at(-1) ?? n),
  csv: z.string().max(SURVEY_MAX_BYTES, 'the file is larger than 5 MB'),
});

export const responsesQuery = z.object({
  question: z.string().max(4000).optional().describe('one question; default every free-text question'),
});

export const tagBody = z.object({
  themes: z.array(z.string().trim().min(1, 'a theme cannot be empty').max(80)).max(20),
  approvedQuote: z.boolean(),
});
