/**
 * A finding is one problem found in data a user gave us, in one shape everywhere:
 * what was wrong, where (file, row, column), the value, and what was expected.
 *
 * - `structural`: the row or file cannot be read as the 903 defines it (unknown table, missing column,
 *   unparseable date, broken encoding, truncated row). Rejects a strict import.
 * - `content`: readable but questionable (a code not valid for the year, overlapping episodes, an
 *   orphan episode). Always recorded; never blocks an import.
 */
export type FindingSeverity = 'structural' | 'content';

export interface Finding {
  severity: FindingSeverity;
  /** Stable machine code, e.g. `invalid-date`, `unknown-table`, `episode-overlap`. */
  code: string;
  /** The user's file name (never a full path). */
  file?: string;
  /** The 903 table, once known. */
  table?: string;
  /** 1-based line number in the file, counting the header row as row 1. */
  row?: number;
  column?: string;
  value?: string;
  /** What was expected, in words. */
  expected?: string;
  childId?: string;
  /** The full sentence a user reads, e.g. `episodes.csv row 14, DECOM: invalid date "31/02/2024" (expected dd/mm/yyyy)`. */
  message: string;
}

/** Builds the standard message: `<file> row <n>, <column>: <problem> "<value>" (expected <expected>)`. */
export function findingMessage(parts: {
  file?: string;
  row?: number;
  column?: string;
  problem: string;
  value?: string;
  expected?: string;
}): string {
  const where = [parts.file, parts.row !== undefined ? `row ${parts.row}` : undefined]
    .filter(Boolean)
    .join(' ');
  const place = [where, parts.column].filter(Boolean).join(', ');
  const value = parts.value !== undefined ? ` ${JSON.stringify(parts.value)}` : '';
  const expected = parts.expected ? ` (expected ${parts.expected})` : '';
  return `${place ? `${place}: ` : ''}${parts.problem}${value}${expected}`;
}
