import type { EpochDay } from '../dates/index.ts';

/** An English council with children's services (an upper-tier local authority). */
export interface Council {
  /** ONS upper-tier code, e.g. "E06000016". */
  code: string;
  /** DfE three-digit LA number, as in the SSDA903 return, e.g. "856". */
  dfeNumber: string;
  name: string;
  /** ONS region, e.g. "East Midlands". */
  region: string;
  /** ONS district codes in its area (current codes; former codes still resolve through `councilOfDistrict`). */
  districts: string[];
}

/** A council abolished by reorganisation; its returns still appear in earlier collection years. */
export interface FormerCouncil extends Council {
  /** Last day it existed (the day before vesting day of its successors). */
  abolishedAfter: EpochDay;
  /** ONS codes of the councils that took over its area. */
  successors: string[];
}
