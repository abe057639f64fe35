import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { as, buildTestApp, COUNCIL_A } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const url = `/api/councils/${COUNCIL_A}/surveys`;

/** Five children and two carers answer "I feel safe" (children: 4 Agree, 1 Disagree); three children write text. */
const CSV = [
  'question,response,respondent group,respondent id',
  ...['c1', 'c2', 'c3', 'c4'].map((id) => `I feel safe where I live,Agree,Children,${id}`),
  'I feel safe where I live,Disagree,Children,c5',
  'I feel safe where I live,Strongly agree,Carers,f1',
  'I feel safe where I live,Agree,Carers,f2',
  'What would make things better?,Living nearer my school,Children,c1',
  'What would make things better?,"Seeing my brother, more often",Children,c2',
  'What would make things better?,More activities,Children,c3',
].join('\n');

describe('surveys API', () => {
  let id = 0;

  it('rejects a bad file whole, with findings naming row, column and value', async () => {
    const bad = `${CSV}\nI feel safe where I live,Agree,,c9\n`;
    const res = await as(app, 'cora', {
      method: 'POST',
      url,
      payload: { title: 'Bad', fileName: 'bad.csv', csv: bad },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'rejected',
      findings: [
        expect.objectContaining({
          file: 'bad.csv',
          row: 12,
          column: 'respondent group',
          value: '',
          code: 'missing-value',
        }),
      ],
    });
    expect((await as(app, 'vic', { method: 'GET', url })).json().surveys).toEqual([]);
  });

  it('imports for an editor (not a viewer) and summarises with small groups suppressed', async () => {
    const payload = { title: 'Children in care 2026', fileName: 'C:\\surveys\\children.csv', csv: CSV };
    expect((await as(app, 'vic', { method: 'POST', url, payload })).statusCode).toBe(403);
    const res = await as(app, 'ana', { method: 'POST', url, payload });
    expect(res.statusCode).toBe(201);
    expect(res.json().survey).toMatchObject({
      title: 'Children in care 2026',
      fileName: 'children.csv',
      responses: 10,
    });
    id = res.json().survey.id;
    const { summary } = (await as(app, 'vic', { method: 'GET', url: `${url}/${id}` })).json();
    expect(summary.respondents).toBe(7);
    const safe = summary.questions[0];
    expect(safe.options).toEqual([
      'Strongly agree',
      'Agree',
      'Neither agree nor disagree',
      'Disagree',
      'Strongly disagree',
    ]);
    // Carers (2) are under 5 and hidden; Children (5) would then give them away (All 7 − 5 = 2), so it is
    // hidden too, leaving All: 1 strongly agree, 5 agree, 1 disagree of 7.
    expect(safe.groups.map((g: { group: string; suppressed: boolean }) => [g.group, g.suppressed])).toEqual([
      ['Carers', true],
      ['Children', true],
    ]);
    expect(safe.all.counts.map((c: { count: number }) => c.count)).toEqual([1, 5, 0, 1, 0]);
    expect(JSON.stringify(summary)).not.toMatch(/c1|f1|respondentHash/);
  });

  it('lets an editor tag free text and approve a quote; theme counts follow', async () => {
    expect((await as(app, 'vic', { method: 'GET', url: `${url}/${id}/responses` })).statusCode).toBe(403);
    const { responses } = (await as(app, 'cora', { method: 'GET', url: `${url}/${id}/responses` })).json();
    expect(responses.map((r: { response: string }) => r.response)).toEqual([
      'Living nearer my school',
      'Seeing my brother, more often',
      'More activities',
    ]);
    expect(Object.keys(responses[0]).sort()).toEqual([
      'approvedQuote',
      'group',
      'id',
      'question',
      'response',
      'row',
      'themes',
    ]);
    const tag = (r: { id: number }, themes: string[], approvedQuote = false) =>
      as(app, 'cora', {
        method: 'PUT',
        url: `${url}/${id}/responses/${r.id}`,
        payload: { themes, approvedQuote },
      });
    expect((await tag(responses[0], ['Location', 'Education'], true)).statusCode).toBe(200);
    await tag(responses[1], ['Family time']);
    await tag(responses[2], ['Location']);
    const text = (await as(app, 'vic', { method: 'GET', url: `${url}/${id}` })).json().summary.questions[1];
    expect(text).toEqual({
      kind: 'text',
      question: 'What would make things better?',
      responses: 3,
      tagged: 3,
      themes: [
        { theme: 'Location', count: 2 },
        { theme: 'Education', count: 1 },
        { theme: 'Family time', count: 1 },
      ],
      // Three children answered: under 5, so the quote is not tied to its group.
      quotes: [{ id: responses[0].id, text: 'Living nearer my school', group: null }],
    });
  });

  it('hides another council’s survey and deletes with its responses', async () => {
    expect((await as(app, 'bob', { method: 'GET', url: `${url}/${id}` })).statusCode).toBe(404);
    expect((await as(app, 'cora', { method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(204);
    const left = await t.db.selectFrom('survey_response').select('id').execute();
    expect(left).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'like', 'survey.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.import', 'survey.delete']);
  });
});
