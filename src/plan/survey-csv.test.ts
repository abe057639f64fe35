import { describe, expect, it } from 'vitest';
import { readSurveyCsv } from './survey-csv.ts';

describe('readSurveyCsv', () => {
  it('reads rows with the header in any case and spelling, keeping row numbers', () => {
    const text =
      'Question,Answer,Respondent_Group,Respondent ID\r\nI feel safe,Agree,Children 11-17,a1\r\n"Homes, nearby?",More of them,Providers,p1\r\n';
    expect(readSurveyCsv(text, 'survey.csv')).toEqual({
      status: 'read',
      findings: [],
      rows: [
        { row: 2, question: 'I feel safe', response: 'Agree', group: 'Children 11-17', respondentId: 'a1' },
        {
          row: 3,
          question: 'Homes, nearby?',
          response: 'More of them',
          group: 'Providers',
          respondentId: 'p1',
        },
      ],
    });
  });

  it('rejects a file without the survey columns, naming what is expected', () => {
    const result = readSurveyCsv('q,a\nx,y\n', 'wrong.csv');
    expect(result.status).toBe('rejected');
    expect(result.findings).toEqual([
      expect.objectContaining({
        file: 'wrong.csv',
        row: 1,
        value: 'q,a',
        message:
          'wrong.csv row 1: the header is not a survey header "q,a" (expected a header row with the columns question, response, respondent group (and optionally respondent id))',
      }),
    ]);
  });

  it('rejects the whole file for any bad row, naming file, row, column and value', () => {
    const text = [
      'question,response,respondent group,respondent id',
      'I feel safe,Agree,Children,a1',
      'I feel safe,Agree,,a2',
      'I feel safe,Disagree,Children,a1',
      'I feel safe,Agree,Children',
    ].join('\n');
    const result = readSurveyCsv(text, 's.csv');
    expect(result.status).toBe('rejected');
    expect(result.findings.map((f) => [f.row, f.column, f.value, f.code])).toEqual([
      [3, 'respondent group', '', 'missing-value'],
      [4, 'respondent id', 'a1', 'duplicate-response'],
      [5, undefined, 'I feel safe,Agree,Children', 'wrong-field-count'],
    ]);
    expect(result.findings[1]?.message).toBe(
      's.csv row 4, respondent id: the same respondent answered this question already on row 2 "a1" (expected one answer per respondent per question; remove the repeated row)',
    );
  });

  it('leaves out unanswered rows with a content finding, and rejects a file with no answers', () => {
    const result = readSurveyCsv('question,response,group\nQ1,,Children\nQ1,Yes,Children\n', 's.csv');
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'content', row: 2, code: 'no-response' }),
    ]);
    expect(readSurveyCsv('question,response,group\n', 's.csv')).toMatchObject({
      status: 'rejected',
      findings: [{ code: 'no-responses' }],
    });
  });
});
