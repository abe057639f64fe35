/**
 * The twelve SSDA903 tables: their exact CSV header rows (a file is recognised by its header, not its
 * name), each column's domain name and kind. This is the only place 903 column names meet domain names.
 */

export type TableName =
  | 'Header'
  | 'Episodes'
  | 'UASC'
  | 'Reviews'
  | 'OC2'
  | 'OC3'
  | 'AD1'
  | 'PlacedAdoption'
  | 'PrevPerm'
  | 'Missing'
  | 'SWEpisodes'
  | 'DoLo';

/**
 * How a cell is read. `code` cells are checked against the year's code list named by `codeList`
 * (a content finding when not valid); `date` cells must be strict dd/mm/yyyy (structural when not);
 * `int` must be a whole number (structural); `text` is free text; `id` is a child identifier.
 */
export type ColumnKind = 'id' | 'date' | 'code' | 'int' | 'text';

export interface ColumnSpec {
  /** The 903 column name as it appears in the header row. */
  column: string;
  /** Domain field name used everywhere outside ssda903/. */
  field: string;
  kind: ColumnKind;
  /** For `code` columns: the code list (see code-lists.ts). */
  codeList?: CodeListName;
  /** Blank is a structural problem (the row cannot be used) when true. */
  required?: boolean;
}

export type CodeListName =
  | 'sex'
  | 'ethnicity'
  | 'reasonNewEpisode'
  | 'legalStatus'
  | 'categoryOfNeed'
  | 'placementType'
  | 'placementProvider'
  | 'reasonEpisodeCeased'
  | 'reasonPlaceChange'
  | 'reviewCode'
  | 'missingKind'
  | 'motherStatus'
  | 'yesNo'
  | 'inTouch'
  | 'activity'
  | 'accommodation'
  | 'previousPermanence'
  | 'adopterSex'
  | 'adopterLegalStatus'
  | 'reasonPlacedCeased'
  | 'sdqReason'
  | 'socialWorkerReason';

export interface TableSpec {
  name: TableName;
  /** What one row describes, for messages ("one row per episode"). */
  rowIs: string;
  columns: readonly ColumnSpec[];
  /** First collection year the table exists in (SWEpisodes 2024, DoLo 2027). */
  fromYear?: number;
}

const child: ColumnSpec = { column: 'CHILD', field: 'childId', kind: 'id', required: true };
const dob: ColumnSpec = { column: 'DOB', field: 'dob', kind: 'date', required: true };

export const TABLES: Record<TableName, TableSpec> = {
  Header: {
    name: 'Header',
    rowIs: 'child',
    columns: [
      child,
      { column: 'SEX', field: 'sex', kind: 'code', codeList: 'sex', required: true },
      dob,
      { column: 'ETHNIC', field: 'ethnicity', kind: 'code', codeList: 'ethnicity' },
      { column: 'UPN', field: 'upn', kind: 'text' },
      { column: 'MOTHER', field: 'motherStatus', kind: 'code', codeList: 'motherStatus' },
      { column: 'MC_DOB', field: 'motherChildDob', kind: 'date' },
    ],
  },
  Episodes: {
    name: 'Episodes',
    rowIs: 'episode',
    columns: [
      child,
      { column: 'DECOM', field: 'start', kind: 'date', required: true },
      { column: 'RNE', field: 'reasonNewEpisode', kind: 'code', codeList: 'reasonNewEpisode' },
      { column: 'LS', field: 'legalStatus', kind: 'code', codeList: 'legalStatus' },
      { column: 'CIN', field: 'categoryOfNeed', kind: 'code', codeList: 'categoryOfNeed' },
      { column: 'PLACE', field: 'placementType', kind: 'code', codeList: 'placementType' },
      { column: 'PLACE_PROVIDER', field: 'provider', kind: 'code', codeList: 'placementProvider' },
      { column: 'DEC', field: 'end', kind: 'date' },
      { column: 'REC', field: 'reasonEnded', kind: 'code', codeList: 'reasonEpisodeCeased' },
      {
        column: 'REASON_PLACE_CHANGE',
        field: 'reasonPlaceChange',
        kind: 'code',
        codeList: 'reasonPlaceChange',
      },
      { column: 'HOME_POST', field: 'homePostcode', kind: 'text' },
      { column: 'PL_POST', field: 'placementPostcode', kind: 'text' },
      { column: 'URN', field: 'urn', kind: 'text' },
    ],
  },
  UASC: {
    name: 'UASC',
    rowIs: 'unaccompanied asylum-seeking child',
    columns: [
      child,
      { column: 'SEX', field: 'sex', kind: 'code', codeList: 'sex' },
      dob,
      { column: 'DUC', field: 'uascCeased', kind: 'date' },
    ],
  },
  Reviews: {
    name: 'Reviews',
    rowIs: 'review',
    columns: [
      child,
      dob,
      { column: 'REVIEW', field: 'reviewDate', kind: 'date', required: true },
      { column: 'REVIEW_CODE', field: 'participation', kind: 'code', codeList: 'reviewCode' },
    ],
  },
  OC2: {
    name: 'OC2',
    rowIs: 'child looked after for 12 months or more',
    columns: [
      child,
      dob,
      { column: 'SDQ_SCORE', field: 'sdqScore', kind: 'int' },
      { column: 'SDQ_REASON', field: 'sdqReason', kind: 'code', codeList: 'sdqReason' },
      { column: 'CONVICTED', field: 'convicted', kind: 'code', codeList: 'yesNo' },
      { column: 'HEALTH_CHECK', field: 'healthCheck', kind: 'code', codeList: 'yesNo' },
      { column: 'IMMUNISATIONS', field: 'immunisations', kind: 'code', codeList: 'yesNo' },
      { column: 'TEETH_CHECK', field: 'teethCheck', kind: 'code', codeList: 'yesNo' },
      { column: 'HEALTH_ASSESSMENT', field: 'healthAssessment', kind: 'code', codeList: 'yesNo' },
      { column: 'SUBSTANCE_MISUSE', field: 'substanceMisuse', kind: 'code', codeList: 'yesNo' },
      { column: 'INTERVENTION_RECEIVED', field: 'interventionReceived', kind: 'code', codeList: 'yesNo' },
      { column: 'INTERVENTION_OFFERED', field: 'interventionOffered', kind: 'code', codeList: 'yesNo' },
    ],
  },
  OC3: {
    name: 'OC3',
    rowIs: 'care leaver',
    columns: [
      child,
      dob,
      { column: 'IN_TOUCH', field: 'inTouch', kind: 'code', codeList: 'inTouch' },
      { column: 'ACTIV', field: 'activity', kind: 'code', codeList: 'activity' },
      { column: 'ACCOM', field: 'accommodation', kind: 'code', codeList: 'accommodation' },
    ],
  },
  AD1: {
    name: 'AD1',
    rowIs: 'adopted child',
    columns: [
      child,
      dob,
      { column: 'DATE_INT', field: 'decisionDate', kind: 'date' },
      { column: 'DATE_MATCH', field: 'matchDate', kind: 'date' },
      { column: 'FOSTER_CARE', field: 'adoptedByFosterCarer', kind: 'code', codeList: 'yesNo' },
      { column: 'NB_ADOPTR', field: 'numberOfAdopters', kind: 'int' },
      { column: 'SEX_ADOPTR', field: 'adopterSex', kind: 'code', codeList: 'adopterSex' },
      { column: 'LS_ADOPTR', field: 'adopterLegalStatus', kind: 'code', codeList: 'adopterLegalStatus' },
    ],
  },
  PlacedAdoption: {
    name: 'PlacedAdoption',
    rowIs: 'decision to place for adoption',
    columns: [
      child,
      dob,
      { column: 'DATE_PLACED', field: 'decisionDate', kind: 'date' },
      { column: 'DATE_PLACED_CEASED', field: 'decisionCeased', kind: 'date' },
      { column: 'REASON_PLACED_CEASED', field: 'reasonCeased', kind: 'code', codeList: 'reasonPlacedCeased' },
    ],
  },
  PrevPerm: {
    name: 'PrevPerm',
    rowIs: 'previous permanence arrangement',
    columns: [
      child,
      dob,
      { column: 'PREV_PERM', field: 'previousPermanence', kind: 'code', codeList: 'previousPermanence' },
      { column: 'LA_PERM', field: 'permanenceCouncil', kind: 'text' },
      { column: 'DATE_PERM', field: 'permanenceDate', kind: 'text' },
    ],
  },
  Missing: {
    name: 'Missing',
    rowIs: 'missing or away-without-authorisation spell',
    columns: [
      child,
      dob,
      { column: 'MISSING', field: 'kind', kind: 'code', codeList: 'missingKind' },
      { column: 'MIS_START', field: 'start', kind: 'date', required: true },
      { column: 'MIS_END', field: 'end', kind: 'date' },
    ],
  },
  SWEpisodes: {
    name: 'SWEpisodes',
    rowIs: 'social worker episode',
    fromYear: 2024,
    columns: [
      child,
      dob,
      { column: 'SW_ID', field: 'socialWorkerId', kind: 'text' },
      { column: 'SW_DECOM', field: 'start', kind: 'date' },
      { column: 'SW_DEC', field: 'end', kind: 'date' },
      { column: 'SW_REASON', field: 'reasonEnded', kind: 'code', codeList: 'socialWorkerReason' },
    ],
  },
  DoLo: {
    name: 'DoLo',
    rowIs: 'deprivation of liberty order',
    fromYear: 2027,
    columns: [
      child,
      dob,
      { column: 'DOLO_START', field: 'start', kind: 'date' },
      { column: 'DOLO_END', field: 'end', kind: 'date' },
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The header row of a table's CSV, as DfE specifies it. */
export function headerRow(table: TableName): string[] {
  return TABLES[table].columns.map((c) => c.column);
}
