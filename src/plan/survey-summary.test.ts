import { describe, expect, it } from 'vitest';
import { scaleOf } from './survey-scale.ts';
import { type SurveyResponse, summariseSurvey } from './survey-summary.ts';

let next = 0;
function answers(question: string, group: string, ...responses: string[]): SurveyResponse[] {
  return responses.map((response) => {
    next += 1;
    return {
      id: next,
      row: next + 1,
      question,
      response,
      group,
      respondentHash: null,
      themes: [],
      approvedQuote: false,
    };
  });
}

describe('scaleOf', () => {
  it('finds the known scale, a numeric one, or free text', () => {
    expect(scaleOf(['Agree', 'STRONGLY agree'])).toEqual([
      'strongly agree',
      'agree',
      'neither agree nor disagree',
      'disagree',
      'strongly disagree',
    ]);
    expect(scaleOf(['3', '5', '4'])).toEqual(['3', '4', '5']);
    expect(scaleOf(['Agree', 'More homes nearby'])).toBeNull();
  });
});

describe('summariseSurvey', () => {
  it('counts each answer per group with percentages, and hides a group under 5 and one more so the total cannot reveal it', () => {
    // Children: 6 answers (4 Yes, 2 No); Carers: 5 (1 Yes, 4 No); Providers: 2 (hidden, fewer than 5).
    // With Providers alone hidden, All (13) − 6 − 5 would give them away: the next smallest group, Carers, is hidden too.
    const responses = [
      ...answers('Do you feel safe?', 'Children', 'Yes', 'Yes', 'yes', 'Yes', 'No', 'No'),
      ...answers('Do you feel safe?', 'Carers', 'Yes', 'No', 'No', 'No', 'No'),
      ...answers('Do you feel safe?', 'Providers', 'Yes', 'No'),
    ];
    const summary = summariseSurvey(responses);
    expect(summary.responses).toBe(13);
    expect(summary.groups).toEqual(['Carers', 'Children', 'Providers']);
    const q = summary.questions[0];
    expect(q?.kind).toBe('scale');
    if (q?.kind !== 'scale') return;
    expect(q.options).toEqual(['Yes', 'No', 'Not sure']);
    expect(q.groups).toEqual([
      {
        group: 'Carers',
        respondents: null,
        suppressed: true,
        counts: [
          { option: 'Yes', count: null, percent: null },
          { option: 'No', count: null, percent: null },
          { option: 'Not sure', count: null, percent: null },
        ],
      },
      {
        group: 'Children',
        respondents: 6,
        suppressed: false,
        // 4/6 = 66.7%, 2/6 = 33.3%
        counts: [
          { option: 'Yes', count: 4, percent: 66.7 },
          { option: 'No', count: 2, percent: 33.3 },
          { option: 'Not sure', count: 0, percent: 0 },
        ],
      },
      expect.objectContaining({ group: 'Providers', respondents: null, suppressed: true }),
    ]);
    // All: 6 Yes of 13 = 46.2%, 7 No = 53.8%
    expect(q.all.counts.map((c) => [c.count, c.percent])).toEqual([
      [6, 46.2],
      [7, 53.8],
      [0, 0],
    ]);
  });

  it('gives theme counts for free text and names a quote’s group only when it has 5 or more respondents', () => {
    const tags: Partial<SurveyResponse>[] = [
      { themes: ['Family time', 'Location'], approvedQuote: true },
      {},
      { themes: ['Location'] },
    ];
    const responses = answers(
      'What would make care better?',
      'Children',
      'More visits home',
      'A pet',
      'Same school',
    ).map((r, i) => ({ ...r, ...tags[i] }));
    const q = summariseSurvey(responses).questions[0];
    expect(q).toEqual({
      kind: 'text',
      question: 'What would make care better?',
      responses: 3,
      tagged: 2,
      themes: [
        { theme: 'Location', count: 2 },
        { theme: 'Family time', count: 1 },
      ],
      quotes: [{ id: responses[0]?.id, text: 'More visits home', group: null }],
    });
  });

  it('counts distinct respondents only when every row has an id', () => {
    const base = answers('Q', 'G', '1', '2', '3');
    expect(summariseSurvey(base).respondents).toBeNull();
    const hashed = base.map((r, i) => ({ ...r, respondentHash: i < 2 ? 'a' : 'b' }));
    expect(summariseSurvey(hashed).respondents).toBe(2);
  });
});
