import type { Kysely, Selectable, Transaction } from 'kysely';
import { checkNarrative, decideStep, type EditionStep, type StepActor } from '../editions/index.ts';
import type { Database } from './database-schema.ts';
import type { StatementEditionTable } from './statement-editions-tables.ts';

/** A statement edition as the store returns it. */
export type StatementEdition = Selectable<StatementEditionTable>;

/** Why the store did not do what was asked (the HTTP edge maps `reason` to a status code). */
export type EditionRefusal = {
  status: 'refused';
  reason: 'not-found' | 'forbidden' | 'wrong-status' | 'four-eyes' | 'open-edition-exists' | 'invalid';
  message: string;
};

export type EditionResult = { status: 'ok'; edition: StatementEdition } | EditionRefusal;

/** The council's editions, newest first. */
export function listEditions(db: Kysely<Database>, councilCode: string): Promise<StatementEdition[]> {
  return db
    .selectFrom('statement_edition')
    .selectAll()
    .where('council_code', '=', councilCode)
    .orderBy('number', 'desc')
    .execute();
}

/** One edition by council and number (editions are numbered 1, 2, 3… per council). */
export function findEdition(
  db: Kysely<Database>,
  councilCode: string,
  number: number,
): Promise<StatementEdition | undefined> {
  return db
    .selectFrom('statement_edition')
    .selectAll()
    .where('council_code', '=', councilCode)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** The council's most recent published edition, if any. */
export function lastPublishedEdition(
  db: Kysely<Database>,
  councilCode: string,
  before?: number,
): Promise<StatementEdition | undefined> {
  let query = db
    .selectFrom('statement_edition')
    .selectAll()
    .where('council_code', '=', councilCode)
    .where('status', '=', 'published');
  if (before !== undefined) query = query.where('number', '<', before);
  return query.orderBy('number', 'desc').limit(1).executeTakeFirst();
}

/**
 * Starts the council's next edition as a draft, its narrative copied from the last published edition
 * (each copied row remembers where it came from). Refused while another edition is in progress.
 *
 * ### Example
 * ```ts
 * const made = await createEdition(db, { councilCode: 'E06000016', title: 'Sufficiency statement, spring 2027', createdBy: 'cora' });
 * if (made.status === 'ok') made.edition.number // 2
 * ```
 */
export async function createEdition(
  db: Kysely<Database>,
  input: { councilCode: string; title: string; createdBy: string },
): Promise<EditionResult> {
  return db.transaction().execute(async (trx) => {
    // One writer at a time per council: numbers and the one-open-edition rule stay consistent.
    await trx
      .selectFrom('statement_edition')
      .select('id')
      .where('council_code', '=', input.councilCode)
      .forUpdate()
      .execute();
    const open = await trx
      .selectFrom('statement_edition')
      .select(['number', 'status'])
      .where('council_code', '=', input.councilCode)
      .where('status', 'in', ['draft', 'in-review', 'approved'])
      .executeTakeFirst();
    if (open) {
      return refused(
        'open-edition-exists',
        `Edition ${open.number} is still ${open.status.replace('-', ' ')}: publish or withdraw it before starting another.`,
      );
    }
    const last = await trx
      .selectFrom('statement_edition')
      .select(({ fn }) => fn.max('number').as('number'))
      .where('council_code', '=', input.councilCode)
      .executeTakeFirst();
    const published = await lastPublishedEdition(trx, input.councilCode);
    const edition = await trx
      .insertInto('statement_edition')
      .values({
        council_code: input.councilCode,
        number: (last?.number ?? 0) + 1,
        title: input.title,
        status: 'draft',
        based_on: published?.id ?? null,
        created_by: input.createdBy,
        last_edited_by: input.createdBy,
        submitted_by: null,
        submitted_at: null,
        approved_by: null,
        approved_at: null,
        published_by: null,
        published_at: null,
        withdrawn_by: null,
        withdrawn_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (published) {
      const texts = await currentNarratives(trx, published.id);
      if (texts.length) {
        await trx
          .insertInto('statement_narrative')
          .values(
            texts.map((t) => ({
              edition_id: edition.id,
              section_id: t.sectionId,
              text: t.text,
              saved_by: input.createdBy,
              copied_from: published.id,
            })),
          )
          .execute();
      }
    }
    return { status: 'ok', edition };
  });
}

/** A section's text as it stands (or stood) in an edition. */
export interface NarrativeEntry {
  sectionId: string;
  text: string;
  savedBy: string;
  savedAt: Date;
  copiedFrom: number | null;
}

/** The latest text of each section of an edition. */
export async function currentNarratives(
  db: Kysely<Database> | Transaction<Database>,
  editionId: number,
): Promise<NarrativeEntry[]> {
  const rows = await db
    .selectFrom('statement_narrative')
    .distinctOn('section_id')
    .select(['section_id', 'text', 'saved_by', 'saved_at', 'copied_from'])
    .where('edition_id', '=', editionId)
    .orderBy('section_id')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(entryOf);
}

/** Every saved version of a section (or of all sections), newest first. */
export async function narrativeHistory(
  db: Kysely<Database>,
  editionId: number,
  sectionId?: string,
): Promise<NarrativeEntry[]> {
  let query = db
    .selectFrom('statement_narrative')
    .select(['section_id', 'text', 'saved_by', 'saved_at', 'copied_from'])
    .where('edition_id', '=', editionId);
  if (sectionId !== undefined) query = query.where('section_id', '=', sectionId);
  return (await query.orderBy('id', 'desc').execute()).map(entryOf);
}

/**
 * Saves a section's narrative on a draft or an edition in review (a new history row; the saver becomes
 * the edition's last editor, so someone else must approve it). An unchanged text is not saved again.
 */
export async function saveNarrative(
  db: Kysely<Database>,
  input: { editionId: number; sectionId: string; sectionTitle: string; text: string; actor: StepActor },
): Promise<EditionResult> {
  const checked = checkNarrative(input.sectionTitle, input.text);
  if (!checked.ok) return refused('invalid', checked.message);
  return db.transaction().execute(async (trx) => {
    const edition = await lockEdition(trx, input.editionId);
    if (!edition) return refused('not-found', `No statement edition ${input.editionId}.`);
    const decision = decideStep(
      { status: edition.status, lastEditedBy: edition.last_edited_by },
      'edit',
      input.actor,
    );
    if (!decision.ok) return refused(decision.reason, decision.message);
    const current = (await currentNarratives(trx, edition.id)).find((n) => n.sectionId === input.sectionId);
    if (current?.text === checked.text) return { status: 'ok' as const, edition };
    await trx
      .insertInto('statement_narrative')
      .values({
        edition_id: edition.id,
        section_id: input.sectionId,
        text: checked.text,
        saved_by: input.actor.username,
        copied_from: null,
      })
      .execute();
    const updated = await trx
      .updateTable('statement_edition')
      .set({ last_edited_by: input.actor.username, last_edited_at: new Date() })
      .where('id', '=', edition.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { status: 'ok' as const, edition: updated };
  });
}

/** Sends for review, approves or withdraws an edition (publishing has its own function: it stores the files). */
export async function takeEditionStep(
  db: Kysely<Database>,
  editionId: number,
  step: Exclude<EditionStep, 'edit' | 'publish'>,
  actor: StepActor,
): Promise<EditionResult> {
  return db.transaction().execute(async (trx) => {
    const edition = await lockEdition(trx, editionId);
    if (!edition) return refused('not-found', `No statement edition ${editionId}.`);
    const decision = decideStep(
      { status: edition.status, lastEditedBy: edition.last_edited_by },
      step,
      actor,
    );
    if (!decision.ok) return refused(decision.reason, decision.message);
    const now = new Date();
    const stamp =
      step === 'submit'
        ? { submitted_by: actor.username, submitted_at: now }
        : step === 'approve'
          ? { approved_by: actor.username, approved_at: now }
          : { withdrawn_by: actor.username, withdrawn_at: now };
    const updated = await trx
      .updateTable('statement_edition')
      .set({ status: decision.status, ...stamp })
      .where('id', '=', edition.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { status: 'ok' as const, edition: updated };
  });
}

export function lockEdition(
  trx: Transaction<Database>,
  editionId: number,
): Promise<StatementEdition | undefined> {
  return trx
    .selectFrom('statement_edition')
    .selectAll()
    .where('id', '=', editionId)
    .forUpdate()
    .executeTakeFirst();
}

export function refused(reason: EditionRefusal['reason'], message: string): EditionRefusal {
  return { status: 'refused', reason, message };
}

function entryOf(row: {
  section_id: string;
  text: string;
  saved_by: string;
  saved_at: Date;
  copied_from: number | null;
}): NarrativeEntry {
  return {
    sectionId: row.section_id,
    text: row.text,
    savedBy: row.saved_by,
    savedAt: row.saved_at,
    copiedFrom: row.copied_from,
  };
}
