import type { EpochDay } from '../../../dates/index.ts';
import { documentFigures, type EditionFigure, revealedAcrossEditions } from '../../../editions/index.ts';
import {
  currentNarratives,
  findPublication,
  lastPublishedEdition,
  type PublicationFiles,
  type StatementEdition,
} from '../../../store/index.ts';
import { ApiError } from '../../plugins/errors.ts';
import type { ApiContext } from '../context.ts';
import type { StatementSource } from './statement-source.ts';

/**
 * Everything frozen at publication: the document built from today's data with the edition's narrative,
 * its HTML, figures, the action plan, the PDF (when Chromium is there) and the DOCX. Refused with 409
 * `disclosure-across-editions` if a figure the last published edition suppressed would now be shown.
 */
export async function publicationFiles(
  ctx: ApiContext,
  source: StatementSource,
  edition: StatementEdition,
  asAt: EpochDay,
): Promise<PublicationFiles> {
  const doc = await source.document(edition.council_code, await narrativesOf(ctx, edition.id), asAt);
  const figures = documentFigures(doc);
  await refuseRevealing(ctx, edition, figures);
  const [pdf, docx] = [await source.pdf(doc), await source.docx(doc)];
  if (docx.status !== 'ok') {
    throw new ApiError(503, 'docx-unavailable', `The edition cannot be published yet: ${docx.reason}`);
  }
  return {
    html: source.html(doc),
    document: doc,
    figures,
    actions: await source.actions(edition.council_code),
    pdf: pdf.status === 'ok' ? pdf.bytes : null,
    pdfNote: pdf.status === 'ok' ? null : pdf.reason,
    docx: docx.bytes,
  };
}

/** The edition's narrative by section. */
export async function narrativesOf(ctx: ApiContext, editionId: number): Promise<Record<string, string>> {
  return Object.fromEntries((await currentNarratives(ctx.db, editionId)).map((n) => [n.sectionId, n.text]));
}

async function refuseRevealing(ctx: ApiContext, edition: StatementEdition, figures: EditionFigure[]) {
  const previous = await lastPublishedEdition(ctx.db, edition.council_code, edition.number);
  const before = previous ? await findPublication(ctx.db, previous.id) : undefined;
  const revealed = revealedAcrossEditions(before?.figures ?? [], figures);
  if (revealed.length === 0) return;
  const names = revealed.slice(0, 5).map((f) => `${f.label} (${f.display})`);
  throw new ApiError(
    409,
    'disclosure-across-editions',
    `Edition ${previous?.number} suppressed ${revealed.length} figure(s) this edition would show, which would reveal them: ${names.join('; ')}. Suppress them again before publishing.`,
  );
}
