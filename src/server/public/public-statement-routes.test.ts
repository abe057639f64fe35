import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import type { StepActor } from '../../editions/index.ts';
import { createEdition, publishEdition, saveNarrative, takeEditionStep } from '../../store/index.ts';
import { buildServer } from '../build-server.ts';

const COUNCIL = 'E06000016';
const cora: StepActor = { username: 'cora', canEdit: true, canApprove: true };
const adam: StepActor = { username: 'adam', canEdit: false, canApprove: true };

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildServer({ db: t.db });
  // Edition 1 published (no PDF), edition 2 still a draft: only edition 1 may be public.
  for (const title of ['Autumn 2026', 'Spring 2027']) {
    const made = await createEdition(t.db, { councilCode: COUNCIL, title, createdBy: 'cora' });
    if (made.status !== 'ok') throw new Error(made.message);
    const id = made.edition.id;
    await saveNarrative(t.db, {
      editionId: id,
      sectionId: 'introduction',
      sectionTitle: 'Intro',
      text: `${title} words`,
      actor: cora,
    });
    if (title === 'Spring 2027') break;
    await takeEditionStep(t.db, id, 'submit', cora);
    await takeEditionStep(t.db, id, 'approve', adam);
    await publishEdition(t.db, id, adam, {
      html: '<!doctype html><title>Edition 1</title><h1>Statement</h1>',
      document: {},
      figures: [],
      actions: [],
      pdf: null,
      pdfNote: 'Chromium is not installed.',
      docx: new Uint8Array([80, 75, 3, 4]),
    });
  }
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('public statement pages (no sign-in)', () => {
  it('lists the published editions only, as a page readable on a phone, cacheable', async () => {
    const res = await get(`/public/${COUNCIL}/statements`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(res.body).toContain('<h2 id="edition-1">Autumn 2026</h2>');
    expect(res.body).toContain(`href="/public/${COUNCIL}/statements/1.docx"`);
    expect(res.body).toContain('PDF not available for this edition');
    expect(res.body).not.toContain('Spring 2027');
  });

  it('serves the list as JSON', async () => {
    const res = await get(`/public/${COUNCIL}/statements.json`);
    expect(res.json()).toEqual({
      council: { code: COUNCIL, name: 'Leicester' },
      editions: [
        {
          number: 1,
          title: 'Autumn 2026',
          publishedAt: expect.any(String),
          html: `/public/${COUNCIL}/statements/1`,
          pdf: null,
          docx: `/public/${COUNCIL}/statements/1.docx`,
        },
      ],
    });
  });

  it('serves a published edition as HTML and DOCX, a day in caches', async () => {
    const html = await get(`/public/${COUNCIL}/statements/1`);
    expect(html.body).toBe('<!doctype html><title>Edition 1</title><h1>Statement</h1>');
    expect(html.headers['cache-control']).toBe('public, max-age=86400');
    const docx = await get(`/public/${COUNCIL}/statements/1.docx`);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect([...docx.rawPayload]).toEqual([80, 75, 3, 4]);
  });

  it('answers 404 for a draft, a missing PDF, an unknown council and nonsense', async () => {
    for (const url of [
      `/public/${COUNCIL}/statements/2`,
      `/public/${COUNCIL}/statements/1.pdf`,
      '/public/E09999999/statements',
      `/public/${COUNCIL}/statements/1.exe`,
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });
});
