import type { ColumnType, Generated } from 'kysely';
import type { JsonColumn } from './database-schema.ts';

/** The statement edition tables (migration 0009), as Kysely sees them; see database-schema.ts for conventions. */

export interface StatementEditionTable {
  id: Generated<number>;
  council_code: string;
  number: number;
  title: string;
  status: 'draft' | 'in-review' | 'approved' | 'published' | 'withdrawn';
  based_on: number | null;
  created_by: string;
  created_at: Generated<Date>;
  last_edited_by: string;
  last_edited_at: Generated<Date>;
  submitted_by: string | null;
  submitted_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  published_by: string | null;
  published_at: Date | null;
  withdrawn_by: string | null;
  withdrawn_at: Date | null;
}

/** Append-only: the current text of a section is its latest row. */
export interface StatementNarrativeTable {
  id: Generated<number>;
  edition_id: number;
  section_id: string;
  text: string;
  saved_by: string;
  saved_at: Generated<Date>;
  /** The published edition the text was carried over from, when it was copied rather than typed. */
  copied_from: number | null;
}

/** Written once when an edition is published; never changed. */
export interface StatementPublicationTable {
  edition_id: number;
  published_at: Generated<Date>;
  html: string;
  document: JsonColumn<unknown>;
  figures: JsonColumn<unknown[]>;
  actions: ColumnType<unknown[], string | undefined, string>;
  pdf: Buffer | null;
  pdf_note: string | null;
  docx: Buffer;
}

export interface StatementEditionTables {
  statement_edition: StatementEditionTable;
  statement_narrative: StatementNarrativeTable;
  statement_publication: StatementPublicationTable;
}
