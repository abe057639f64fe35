import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import type { StepActor } from '../editions/index.ts';
import {
  createEdition,
  currentNarratives,
  findPublication,
  narrativeHistory,
  publicationFile,
  publishEdition,
  type StatementEdition,
  saveNarrative,
  takeEditionStep,
} from './index.ts';

const COUNCIL = 'E06000016';
const cora: StepActor = { username: 'cora', canEdit: true, canApprove: true };
const adam: StepActor = { username: 'adam', canEdit: false, canApprove: true };
const files = {
  html: '<h1>Statement</h1>',
  document: { title: 'Statement' },
  figures: [],
  actions: [],
  pdf: null,
  pdfNote: 'Chromium is not installed',
  docx: new Uint8Array([80, 75, 3, 4]),
};

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

function ok(result: Awaited<ReturnType<typeof createEdition>>): StatementEdition {
  if (result.status !== 'ok') throw new Error(result.message);
  return result.edition;
}

describe('statement editions in the store', () => {
  let first: StatementEdition;

  it('creates edition 1 as a draft and keeps every saved version of a section', async () => {
    first = ok(await createEdition(t.db, { councilCode: COUNCIL, title: 'Autumn 2026', createdBy: 'cora' }));
    expect(first).toMatchObject({ number: 1, status: 'draft', based_on: null, last_edited_by: 'cora' });
    const save = (text: string) =>
      saveNarrative(t.db, {
        editionId: first.id,
        sectionId: 'introduction',
        sectionTitle: 'Introduction',
        text,
        actor: cora,
      });
    ok(await save('First words.'));
    ok(await save('Better words.\r\n'));
    ok(await save('Better words.')); // unchanged after normalising: not saved again
    expect((await currentNarratives(t.db, first.id)).map((n) => [n.sectionId, n.text, n.savedBy])).toEqual([
      ['introduction', 'Better words.', 'cora'],
    ]);
    expect((await narrativeHistory(t.db, first.id, 'introduction')).map((n) => n.text)).toEqual([
      'Better words.',
      'First words.',
    ]);
  });

  it('refuses a second open edition', async () => {
    expect(await createEdition(t.db, { councilCode: COUNCIL, title: 'Again', createdBy: 'cora' })).toEqual({
      status: 'refused',
      reason: 'open-edition-exists',
      message: 'Edition 1 is still draft: publish or withdraw it before starting another.',
    });
  });

  it('needs another person to approve, then freezes the edition', async () => {
    ok(await takeEditionStep(t.db, first.id, 'submit', cora));
    expect(await takeEditionStep(t.db, first.id, 'approve', cora)).toMatchObject({ reason: 'four-eyes' });
    const approved = ok(await takeEditionStep(t.db, first.id, 'approve', adam));
    expect(approved).toMatchObject({ status: 'approved', approved_by: 'adam' });
    expect(approved.approved_at).toBeInstanceOf(Date);
    expect(
      await saveNarrative(t.db, {
        editionId: first.id,
        sectionId: 'introduction',
        sectionTitle: 'Introduction',
        text: 'Sneaky change.',
        actor: cora,
      }),
    ).toMatchObject({ status: 'refused', reason: 'wrong-status' });
  });

  it('refuses changes to an approved edition even by direct SQL (database triggers)', async () => {
    await expect(
      t.db
        .insertInto('statement_narrative')
        .values({
          edition_id: first.id,
          section_id: 'introduction',
          text: 'x',
          saved_by: 'cora',
          copied_from: null,
        })
        .execute(),
    ).rejects.toThrow(/is approved: its narrative cannot change/);
    await expect(
      t.db.updateTable('statement_edition').set({ title: 'Renamed' }).where('id', '=', first.id).execute(),
    ).rejects.toThrow(/is approved: it can only be published/);
    await expect(
      t.db.updateTable('statement_narrative').set({ text: 'x' }).where('edition_id', '=', first.id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('publishes with its files, dated, and nothing about it can change afterwards', async () => {
    const published = ok(await publishEdition(t.db, first.id, adam, files));
    expect(published).toMatchObject({ status: 'published', published_by: 'adam' });
    const publication = await findPublication(t.db, first.id);
    expect(publication).toMatchObject({
      html: '<h1>Statement</h1>',
      hasPdf: false,
      pdfNote: 'Chromium is not installed',
    });
    expect([...((await publicationFile(t.db, first.id, 'docx')) ?? [])]).toEqual([80, 75, 3, 4]);
    expect(await publishEdition(t.db, first.id, adam, files)).toMatchObject({ reason: 'wrong-status' });
    await expect(
      t.db
        .updateTable('statement_publication')
        .set({ html: 'changed' })
        .where('edition_id', '=', first.id)
        .execute(),
    ).rejects.toThrow(/frozen/);
    await expect(t.db.deleteFrom('statement_publication').execute()).rejects.toThrow(/frozen/);
    await expect(sql`truncate statement_publication`.execute(t.db)).rejects.toThrow(/frozen/);
    await expect(
      t.db.updateTable('statement_edition').set({ status: 'draft' }).where('id', '=', first.id).execute(),
    ).rejects.toThrow(/is published: it cannot change/);
    await expect(t.db.deleteFrom('statement_edition').where('id', '=', first.id).execute()).rejects.toThrow(
      /never deleted/,
    );
  });

  it('starts the next edition from the last published narrative, and a draft can be withdrawn', async () => {
    const second = ok(
      await createEdition(t.db, { councilCode: COUNCIL, title: 'Spring 2027', createdBy: 'cora' }),
    );
    expect(second).toMatchObject({ number: 2, based_on: first.id });
    expect((await currentNarratives(t.db, second.id)).map((n) => [n.text, n.copiedFrom])).toEqual([
      ['Better words.', first.id],
    ]);
    expect(await takeEditionStep(t.db, second.id, 'withdraw', cora)).toMatchObject({
      status: 'ok',
      edition: { status: 'withdrawn', withdrawn_by: 'cora' },
    });
    expect(await takeEditionStep(t.db, second.id, 'submit', cora)).toMatchObject({ reason: 'wrong-status' });
  });
});
