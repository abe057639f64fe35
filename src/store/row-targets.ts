import type { TableRecord } from '../ssda903/records.ts';
import type { TableName } from '../ssda903/tables.ts';
import { copyLine, dateCell, jsonCell, textCell } from './copy-text.ts';

/** A table rows are copied into, and how one accepted 903 row becomes one COPY line. */
export interface RowTarget {
  /** The SQL table (also the key rows are buffered under). */
  table: string;
  copySql: string;
  encode(batchId: number, rowNumber: number, record: TableRecord): string;
}

type Cell = 'text' | 'date';

/** A typed table: `[sql column, record field, cell kind]` after batch_id, row_number, child_id. */
function typedTarget(table: string, columns: [string, string, Cell][]): RowTarget {
  const names = columns.map(([column]) => column).join(', ');
  return {
    table,
    copySql: `copy ${table} (batch_id, row_number, child_id, ${names}) from stdin`,
    encode(batchId, rowNumber, record) {
      let line = `${batchId}\t${rowNumber}\t${textCell(record.childId)}`;
      for (const [, field, cell] of columns) {
        const value = record[field];
        line += `\t${cell === 'date' ? dateCell(value) : textCell(value)}`;
      }
      return `${line}\n`;
    },
  };
}

const episode = typedTarget('episode', [
  ['start_date', 'start', 'date'],
  ['reason_new_episode', 'reasonNewEpisode', 'text'],
  ['legal_status', 'legalStatus', 'text'],
  ['category_of_need', 'categoryOfNeed', 'text'],
  ['placement_type', 'placementType', 'text'],
  ['provider', 'provider', 'text'],
  ['end_date', 'end', 'date'],
  ['reason_ended', 'reasonEnded', 'text'],
  ['reason_place_change', 'reasonPlaceChange', 'text'],
  ['home_postcode', 'homePostcode', 'text'],
  ['placement_postcode', 'placementPostcode', 'text'],
  ['urn', 'urn', 'text'],
]);

const childHeader = typedTarget('child_header', [
  ['sex', 'sex', 'text'],
  ['dob', 'dob', 'date'],
  ['ethnicity', 'ethnicity', 'text'],
  ['upn', 'upn', 'text'],
  ['mother_status', 'motherStatus', 'text'],
  ['mother_child_dob', 'motherChildDob', 'date'],
]);

const uasc = typedTarget('uasc', [
  ['sex', 'sex', 'text'],
  ['dob', 'dob', 'date'],
  ['uasc_ceased', 'uascCeased', 'date'],
]);

const missingSpell = typedTarget('missing_spell', [
  ['dob', 'dob', 'date'],
  ['kind', 'kind', 'text'],
  ['start_date', 'start', 'date'],
  ['end_date', 'end', 'date'],
]);

/** The other eight tables: the whole record as jsonb, so nothing a council sends is lost. */
function genericTarget(tableName: TableName): RowTarget {
  return {
    table: 'return_row',
    copySql: 'copy return_row (batch_id, table_name, row_number, child_id, "values") from stdin',
    encode: (batchId, rowNumber, record) =>
      copyLine([String(batchId), tableName, String(rowNumber), textCell(record.childId), jsonCell(record)]),
  };
}

export const ROW_TARGETS: Record<TableName, RowTarget> = {
  Header: childHeader,
  Episodes: episode,
  UASC: uasc,
  Missing: missingSpell,
  Reviews: genericTarget('Reviews'),
  OC2: genericTarget('OC2'),
  OC3: genericTarget('OC3'),
  AD1: genericTarget('AD1'),
  PlacedAdoption: genericTarget('PlacedAdoption'),
  PrevPerm: genericTarget('PrevPerm'),
  SWEpisodes: genericTarget('SWEpisodes'),
  DoLo: genericTarget('DoLo'),
};
