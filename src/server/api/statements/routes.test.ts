import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { CouncilDataCache } from '../../../app/index.ts';
import type { StatementDocument } from '../../../report/index.ts';
import { errorHandling } from '../../plugins/errors.ts';
import { openApi } from '../../plugins/openapi.ts';
import type { ApiContext } from '../context.ts';
import { DEFAULT_UPLOAD_LIMITS } from '../imports/receive-upload.ts';
import { as, COUNCIL_A, USERS } from '../test-app.ts';
import { statementRoutes } from './routes.ts';
import type { StatementSource } from './statement-source.ts';

// The statement source stands in for src/report: two sections, figures the test sets between editions.
let figures: { label: string; value: string }[] = [];
const source: StatementSource = {
  sections: [
    { id: 'introduction', heading: 'Introduction and vision' },
    { id: 'children-looked-after', heading: 'Children looked after' },
  ],
  async document(code, narratives) {
    return {
      kind: 'statement',
      title: 'Market Position and Sufficiency Statement',
      council: { code, name: 'Leicester' },
      editionDate: '2026-11-23',
      editionLabel: '23 November 2026',
      coverage: 'Figures for 2025/26',
      sections: [
        {
          id: 'introduction',
          heading: 'Introduction and vision',
          narrative: narratives.introduction ?? '',
          blocks: [],
        },
        {
          id: 'children-looked-after',
          heading: 'Children looked after',
          narrative: narratives['children-looked-after'] ?? '',
          blocks: [{ kind: 'figures', figures: figures.map((f) => ({ ...f })) }],
        },
      ],
      definitions: [],
      disclosureNote: '',
    } satisfies StatementDocument;
  },
  html: (doc) => `<h1>${doc.title}</h1><p>${doc.sections[0]?.narrative}</p>`,
  pdf: async () => ({
    status: 'unavailable',
    reason: 'Chromium is not installed: apt-get install chromium.',
  }),
  docx: async () => ({ status: 'ok', bytes: new Uint8Array([80, 75, 3, 4]) }),
  actions: async () => [],
};

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = Fastify({ logger: false });
  await app.register(errorHandling);
  await app.register(openApi);
  await app.register(
    fp(
      async (a) => {
        a.decorateRequest('principal', null);
        a.addHook('onRequest', async (request) => {
          const name = request.headers['x-test-user'];
          request.principal = typeof name === 'string' ? (USERS[name] ?? null) : null;
        });
      },
      { name: 'auth' },
    ),
  );
  const ctx = {
    db: t.db,
    demo: false,
    jobs: undefined as never,
    councilData: new CouncilDataCache(t.db),
    uploads: DEFAULT_UPLOAD_LIMITS,
  } satisfies ApiContext;
  await app.register(statementRoutes(ctx, source));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const base = `/api/councils/${COUNCIL_A}/statements/editions`;
const post = (user: string, url: string, payload?: unknown) =>
  as(app, user, { method: 'POST', url, ...(payload ? { payload } : {}) });
const save = (user: string, number: number, section: string, text: string) =>
  as(app, user, { method: 'PUT', url: `${base}/${number}/narrative/${section}`, payload: { text } });

describe('statement edition API', () => {
  it('lets a commissioner start a draft; a viewer cannot, and nobody signed out sees anything', async () => {
    expect((await post('vic', base, { title: 'Autumn 2026' })).statusCode).toBe(403);
    expect((await as(app, null, { method: 'GET', url: base })).statusCode).toBe(401);
    const res = await post('cora', base, { title: 'Autumn 2026' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: 1,
      status: 'draft',
      statusLabel: 'Draft',
      created: { by: 'cora' },
    });
  });

  it('saves a narrative and shows each section with its live figures and the steps allowed', async () => {
    figures = [
      { label: 'Children looked after at 31 March', value: '40' },
      { label: 'Children in secure homes', value: 'c' },
    ];
    expect((await save('cora', 1, 'introduction', 'Our vision.')).json()).toMatchObject({
      lastEdited: { by: 'cora' },
    });
    expect((await save('cora', 1, 'nonsense', 'x')).json().id).toBe('section-not-found');
    const detail = (await as(app, 'cora', { method: 'GET', url: `${base}/1` })).json();
    expect(detail.sections).toEqual([
      expect.objectContaining({
        id: 'introduction',
        narrative: 'Our vision.',
        saved: expect.objectContaining({ by: 'cora' }),
      }),
      expect.objectContaining({ id: 'children-looked-after', narrative: '', saved: null, figures }),
    ]);
    expect(detail.allowed).toEqual({
      edit: true,
      submit: true,
      approve: false,
      publish: false,
      withdraw: true,
    });
    const preview = await as(app, 'vic', { method: 'GET', url: `${base}/1/preview` });
    expect(preview.headers['content-type']).toMatch(/text\/html/);
    expect(preview.body).toBe('<h1>Market Position and Sufficiency Statement</h1><p>Our vision.</p>');
  });

  it('needs a second person to approve; an approved edition refuses edits', async () => {
    expect((await post('cora', `${base}/1/submit`)).json().status).toBe('in-review');
    const own = await post('cora', `${base}/1/approve`);
    expect(own.statusCode).toBe(409);
    expect(own.json()).toMatchObject({ id: 'four-eyes' });
    expect((await post('vic', `${base}/1/approve`)).statusCode).toBe(403);
    expect((await post('adam', `${base}/1/approve`)).json()).toMatchObject({
      status: 'approved',
      approved: { by: 'adam' },
    });
    const edit = await save('cora', 1, 'introduction', 'Too late.');
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ id: 'edition-wrong-status' });
  });

  it('publishes: files frozen, DOCX downloadable, PDF missing with the reason', async () => {
    const res = await post('adam', `${base}/1/publish`);
    expect(res.json()).toMatchObject({ status: 'published', published: { by: 'adam' } });
    const docx = await as(app, 'vic', { method: 'GET', url: `${base}/1/download/docx` });
    expect([...docx.rawPayload]).toEqual([80, 75, 3, 4]);
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="sufficiency-statement-${COUNCIL_A}-edition-1.docx"`,
    );
    const pdf = await as(app, 'vic', { method: 'GET', url: `${base}/1/download/pdf` });
    expect(pdf.json()).toMatchObject({
      id: 'no-pdf',
      message: 'Edition 1 has no PDF: Chromium is not installed: apt-get install chromium.',
    });
    // The figures are frozen: a change in the data does not change the published edition.
    figures = [{ label: 'Children looked after at 31 March', value: '99' }];
    const detail = (await as(app, 'vic', { method: 'GET', url: `${base}/1` })).json();
    expect(detail.sections[1].figures[0].value).toBe('40');
    expect(detail.publication).toMatchObject({
      hasPdf: false,
      publicUrl: `/public/${COUNCIL_A}/statements/1`,
    });
  });

  it('starts edition 2 from the published narrative and shows what changed, withholding small changes near a c', async () => {
    expect((await post('cora', base, { title: 'Spring 2027' })).json()).toMatchObject({ number: 2 });
    const detail = (await as(app, 'cora', { method: 'GET', url: `${base}/2` })).json();
    expect(detail.sections[0]).toMatchObject({ narrative: 'Our vision.', copiedFromEdition: true });
    // 40 → 43 in a block where "secure" is suppressed: +3 could pin 3 children on the hidden cell → c.
    figures = [
      { label: 'Children looked after at 31 March', value: '43' },
      { label: 'Children in secure homes', value: 'c' },
      { label: 'Children placed for adoption', value: '12' },
    ];
    const changes = (await as(app, 'cora', { method: 'GET', url: `${base}/2/changes` })).json();
    expect(changes.since).toMatchObject({ number: 1, title: 'Autumn 2026' });
    expect(
      changes.figures.map((c: { label: string; change: string; status: string }) => [
        c.label,
        c.status,
        c.change,
      ]),
    ).toEqual([
      ['Children looked after at 31 March', 'changed', 'c'],
      ['Children placed for adoption', 'added', 'z'],
    ]);
    expect(changes.unchanged).toBe(1); // secure: c in both, not listed
    // 40 → 52: a change of 12 is above the threshold and shown.
    figures[0] = { label: 'Children looked after at 31 March', value: '52' };
    const again = (await as(app, 'cora', { method: 'GET', url: `${base}/2/changes` })).json();
    expect(again.figures[0]).toMatchObject({ change: '+12', value: 12 });
  });

  it('refuses to publish a figure the last edition suppressed for the same period', async () => {
    figures = [
      { label: 'Children looked after at 31 March', value: '43' },
      { label: 'Children in secure homes', value: '4' },
    ];
    await save('cora', 2, 'introduction', 'Our vision, revised.');
    await post('cora', `${base}/2/submit`);
    await post('adam', `${base}/2/approve`);
    const res = await post('adam', `${base}/2/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      id: 'disclosure-across-editions',
      message:
        'Edition 1 suppressed 1 figure(s) this edition would show, which would reveal them: Children in secure homes (4). Suppress them again before publishing.',
    });
    expect((await as(app, 'cora', { method: 'GET', url: `${base}/2` })).json().edition.status).toBe(
      'approved',
    );
  });

  it('audits every step', async () => {
    const events = await t.db.selectFrom('audit_event').select(['actor', 'action']).orderBy('id').execute();
    expect(events.map((e) => `${e.actor} ${e.action}`)).toEqual([
      'cora statement.create',
      'cora statement.edit',
      'cora statement.submit',
      'adam statement.approve',
      'adam statement.publish',
      'cora statement.create',
      'cora statement.edit',
      'cora statement.submit',
      'adam statement.approve',
    ]);
  });
});
