import type { Kysely } from 'kysely';
import { type ActionSnapshot, decideStep, type EditionFigure, type StepActor } from '../editions/index.ts';
import type { Database } from './database-schema.ts';
import { type EditionResult, lockEdition, refused } from './statement-editions.ts';

/** What is frozen when an edition is published. */
export interface PublicationFiles {
  html: string;
  /** The document as data (every figure as published). */
  document: unknown;
  figures: readonly EditionFigure[];
  actions: readonly ActionSnapshot[];
  /** null when no PDF could be made (no Chromium); `pdfNote` says why and how to enable it. */
  pdf: Uint8Array | null;
  pdfNote: string | null;
  docx: Uint8Array;
}

/** A stored publication (without the document bytes unless asked). */
export interface Publication {
  editionId: number;
  publishedAt: Date;
  html: string;
  document: unknown;
  figures: EditionFigure[];
  actions: ActionSnapshot[];
  hasPdf: boolean;
  pdfNote: string | null;
}

/**
 * Publishes an approved edition: stores its files and marks it published, dated, in one transaction.
 * From then on the database refuses any change to the edition, its narrative or its files.
 */
export async function publishEdition(
  db: Kysely<Database>,
  editionId: number,
  actor: StepActor,
  files: PublicationFiles,
): Promise<EditionResult> {
  return db.transaction().execute(async (trx) => {
    const edition = await lockEdition(trx, editionId);
    if (!edition) return refused('not-found', `No statement edition ${editionId}.`);
    const decision = decideStep(
      { status: edition.status, lastEditedBy: edition.last_edited_by },
      'publish',
      actor,
    );
    if (!decision.ok) return refused(decision.reason, decision.message);
    const now = new Date();
    await trx
      .insertInto('statement_publication')
      .values({
        edition_id: edition.id,
        published_at: now,
        html: files.html,
        document: JSON.stringify(files.document),
        figures: JSON.stringify(files.figures),
        actions: JSON.stringify(files.actions),
        pdf: files.pdf ? Buffer.from(files.pdf) : null,
        pdf_note: files.pdfNote,
        docx: Buffer.from(files.docx),
      })
      .execute();
    const updated = await trx
      .updateTable('statement_edition')
      .set({ status: 'published', published_by: actor.username, published_at: now })
      .where('id', '=', edition.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { status: 'ok' as const, edition: updated };
  });
}

/** An edition's publication: HTML, figures and actions (the PDF and DOCX through {@link publicationFile}). */
export async function findPublication(
  db: Kysely<Database>,
  editionId: number,
): Promise<Publication | undefined> {
  const row = await db
    .selectFrom('statement_publication')
    .select(['edition_id', 'published_at', 'html', 'document', 'figures', 'actions', 'pdf_note'])
    .select((eb) => eb('pdf', 'is not', null).as('has_pdf'))
    .where('edition_id', '=', editionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    editionId: row.edition_id,
    publishedAt: row.published_at,
    html: row.html,
    document: row.document,
    figures: row.figures as EditionFigure[],
    actions: row.actions as ActionSnapshot[],
    hasPdf: Boolean(row.has_pdf),
    pdfNote: row.pdf_note,
  };
}

/** The PDF or DOCX bytes of a published edition (undefined when there is none). */
export async function publicationFile(
  db: Kysely<Database>,
  editionId: number,
  format: 'pdf' | 'docx',
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('statement_publication')
    .select(format)
    .where('edition_id', '=', editionId)
    .executeTakeFirst();
  return (row?.[format] as Buffer | null | undefined) ?? undefined;
}

/** A published edition as listed on the public page: sizes of its files, no content. */
export interface PublishedEditionSummary {
  number: number;
  title: string;
  publishedAt: Date;
  htmlBytes: number;
  pdfBytes: number | null;
  docxBytes: number;
}

/** The council's published editions, newest first. */
export async function publishedEditions(
  db: Kysely<Database>,
  councilCode: string,
): Promise<PublishedEditionSummary[]> {
  const rows = await db
    .selectFrom('statement_edition as e')
    .innerJoin('statement_publication as p', 'p.edition_id', 'e.id')
    .select(['e.number', 'e.title', 'p.published_at'])
    .select((eb) => [
      eb.fn<number>('octet_length', ['p.html']).as('html_bytes'),
      eb.fn<number | null>('octet_length', ['p.pdf']).as('pdf_bytes'),
      eb.fn<number>('octet_length', ['p.docx']).as('docx_bytes'),
    ])
    .where('e.council_code', '=', councilCode)
    .where('e.status', '=', 'published')
    .orderBy('e.number', 'desc')
    .execute();
  return rows.map((r) => ({
    number: r.number,
    title: r.title,
    publishedAt: r.published_at,
    htmlBytes: r.html_bytes,
    pdfBytes: r.pdf_bytes,
    docxBytes: r.docx_bytes,
  }));
}
