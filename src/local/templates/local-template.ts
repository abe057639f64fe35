import type { LocalData, LocalDataKind } from '../records.ts';
import type { TemplateColumn } from './template-column.ts';

/** A problem a whole row has (its cells each read well): end before start, shares not summing to 1 … */
export interface RowProblem {
  code: string;
  column: string;
  value: string;
  problem: string;
  expected: string;
  fix: string;
}

/** The record type of a kind of local data. */
export type LocalRecord<K extends LocalDataKind> = LocalData[K][number];

/**
 * A local-data CSV template: its columns in file order, the columns that identify a row (no two rows may
 * share them), and checks across the cells of one row.
 */
export interface LocalTemplate<K extends LocalDataKind> {
  kind: K;
  /** URL and CLI name, e.g. `foster-households`. */
  slug: string;
  /** Suggested file name of the blank template. */
  fileName: string;
  title: string;
  description: string;
  /** Whether rows name children (child ids): read only with `children:read`. */
  childLevel: boolean;
  /** Whether rows are about identifiable people (carers, children): never in public outputs. */
  personal: boolean;
  columns: readonly TemplateColumn<LocalRecord<K>>[];
  /** Fields that together identify a row; a second row with the same values is a duplicate. */
  key: readonly (keyof LocalRecord<K> & string)[];
  /** The checks across a row, in words, for the schema page (rowChecks is their code). */
  rules: readonly string[];
  rowChecks: (record: LocalRecord<K>) => RowProblem[];
}
