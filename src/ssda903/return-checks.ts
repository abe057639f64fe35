import { censusDate, collectionYearLabel, type EpochDay, formatUkDate } from '../dates/index.ts';
import { type Finding, findingMessage } from '../findings/index.ts';
import type { TableName } from './tables.ts';

const OPEN = 0x7fffffff;

/** A growable column of 32-bit integers: episodes are kept as a few numbers each, not as objects. */
class IntColumn {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  at(i: number): number {
    return this.data[i] as number;
  }
}

interface EpisodeInput {
  childId: string;
  start: EpochDay;
  end: EpochDay | null;
  reasonNewEpisode: string | null;
}

type Report = (finding: Finding) => void;

/**
 * Checks that need the whole return: duplicate Header rows, orphan episodes, Header children with no
 * episodes, duplicate and overlapping episodes, gaps and RNE, several open episodes; plus the per-episode
 * date checks against the collection year. Keeps per child an index and per episode five integers, so
 * memory is O(children + episodes), never whole rows.
 */
export class ReturnChecks {
  private readonly census: EpochDay;
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly childIndex = new Map<string, number>();
  private readonly childIds: string[] = [];
  private readonly headerFile: number[] = [];
  private readonly headerRow: number[] = [];
  private readonly leavesWithoutEpisodes = new Set<number>();
  private readonly tables = new Set<TableName>();
  private readonly epChild = new IntColumn();
  private readonly epStart = new IntColumn();
  private readonly epEnd = new IntColumn();
  private readonly epFile = new IntColumn();
  private readonly epRow = new IntColumn();
  private readonly epRne: string[] = [];

  constructor(private readonly year: number) {
    this.census = censusDate(year);
  }

  /** Notes that a table was in the return (even with no rows): orphan checks need Header, and so on. */
  sawTable(table: TableName): void {
    this.tables.add(table);
  }

  /** A Header row; a second row for the same child is reported at once. */
  header(childId: string, file: string, row: number, report: Report): void {
    const c = this.child(childId);
    const first = this.headerRow[c];
    if (first !== undefined && first > 0) {
      const other = this.where(this.headerFile[c] as number, first, file);
      report(
        content('duplicate-header', file, 'Header', row, 'CHILD', childId, {
          problem: 'duplicate Header row for child',
          value: childId,
          expected: `one Header row per child; the first is ${other}`,
        }),
      );
      return;
    }
    this.headerFile[c] = this.file(file);
    this.headerRow[c] = row;
  }

  /** A care leaver (OC3) or adopted child (AD1): in Header without episodes this year is expected. */
  mayHaveNoEpisodes(childId: string): void {
    this.leavesWithoutEpisodes.add(this.child(childId));
  }

  /** An Episodes row: checked against the year at once, and kept for the checks across episodes. */
  episode(ep: EpisodeInput, file: string, row: number, report: Report): void {
    if (ep.start > this.census) {
      report(
        content('episode-starts-after-year', file, 'Episodes', row, 'DECOM', ep.childId, {
          problem: 'episode starts after the collection year',
          value: formatUkDate(ep.start),
          expected: this.yearEnd(),
        }),
      );
    }
    if (ep.end !== null && ep.end < ep.start) {
      report(
        content('episode-ends-before-start', file, 'Episodes', row, 'DEC', ep.childId, {
          problem: 'episode ends before it starts',
          value: formatUkDate(ep.end),
          expected: `on or after DECOM ${formatUkDate(ep.start)}`,
        }),
      );
    }
    if (ep.end !== null && ep.end > this.census) {
      report(
        content('episode-ends-after-year', file, 'Episodes', row, 'DEC', ep.childId, {
          problem: 'episode ends after the collection year',
          value: formatUkDate(ep.end),
          expected: `${this.yearEnd()}; leave DEC blank if the episode was open on 31 March`,
        }),
      );
    }
    this.epChild.push(this.child(ep.childId));
    this.epStart.push(ep.start);
    this.epEnd.push(ep.end ?? OPEN);
    this.epFile.push(this.file(file));
    this.epRow.push(row);
    this.epRne.push(ep.reasonNewEpisode ?? '');
  }

  private yearEnd(): string {
    return `on or before ${formatUkDate(this.census)}, the end of ${collectionYearLabel(this.year)}`;
  }

  /** Runs the checks across the return; call once after every file is read. */
  finish(report: Report): void {
    const byChild = this.episodesByChild();
    if (this.tables.has('Header')) this.orphans(byChild, report);
    if (this.tables.has('Episodes')) this.headersWithoutEpisodes(byChild, report);
    for (const episodes of byChild) if (episodes.length > 0) this.sequence(episodes, report);
  }

  /** Episode indices grouped by child (children in first-seen order), each sorted by start then row. */
  private episodesByChild(): number[][] {
    const groups: number[][] = this.childIds.map(() => []);
    for (let i = 0; i < this.epChild.length; i++) (groups[this.epChild.at(i)] as number[]).push(i);
    for (const g of groups) {
      // Usually already in order: insertion sort is linear then.
      for (let k = 1; k < g.length; k++) {
        const x = g[k] as number;
        let j = k - 1;
        while (j >= 0 && this.before(x, g[j] as number)) {
          g[j + 1] = g[j] as number;
          j--;
        }
        g[j + 1] = x;
      }
    }
    return groups;
  }

  private before(a: number, b: number): boolean {
    const sa = this.epStart.at(a);
    const sb = this.epStart.at(b);
    if (sa !== sb) return sa < sb;
    const fa = this.epFile.at(a);
    const fb = this.epFile.at(b);
    return fa !== fb ? fa < fb : this.epRow.at(a) < this.epRow.at(b);
  }

  private orphans(byChild: number[][], report: Report) {
    byChild.forEach((episodes, c) => {
      const first = episodes[0];
      if (first === undefined || (this.headerRow[c] ?? 0) > 0) return;
      const id = this.childIds[c] as string;
      report(
        content(
          'orphan-episode',
          this.files[this.epFile.at(first)] as string,
          'Episodes',
          this.epRow.at(first),
          'CHILD',
          id,
          {
            problem: 'episodes for a child with no Header row',
            value: id,
            expected: 'a Header row for every child with episodes',
          },
        ),
      );
    });
  }

  private headersWithoutEpisodes(byChild: number[][], report: Report) {
    byChild.forEach((episodes, c) => {
      const row = this.headerRow[c] ?? 0;
      if (row === 0 || episodes.length > 0 || this.leavesWithoutEpisodes.has(c)) return;
      const id = this.childIds[c] as string;
      report(
        content(
          'child-without-episodes',
          this.files[this.headerFile[c] as number] as string,
          'Header',
          row,
          'CHILD',
          id,
          {
            problem: 'child in Header has no episodes',
            value: id,
            expected: 'at least one episode, unless the child is a care leaver (OC3) or adopted (AD1)',
          },
        ),
      );
    });
  }

  /** Checks one child's episodes in start order, pair by pair. */
  private sequence(episodes: number[], report: Report) {
    const id = this.childIds[this.epChild.at(episodes[0] as number)] as string;
    const open = episodes.filter((e) => this.epEnd.at(e) === OPEN);
    for (let k = 1; k < episodes.length; k++) {
      this.pair(episodes[k - 1] as number, episodes[k] as number, id, report);
    }
    const latest = open[open.length - 1] as number;
    for (const e of open.slice(0, -1)) {
      report(
        this.at('several-open-episodes', e, 'DEC', id, {
          problem: 'episode has no end date but is not the child’s latest open episode',
          expected: `only the latest episode open; ${this.where(this.epFile.at(latest), this.epRow.at(latest), this.fileOf(e))} is also open`,
        }),
      );
    }
  }

  private pair(a: number, b: number, id: string, report: Report) {
    const aStart = this.epStart.at(a);
    const aEnd = this.epEnd.at(a);
    const bStart = this.epStart.at(b);
    const bEnd = this.epEnd.at(b);
    // The usual clean pair (a gap then S, or contiguous and not S) needs no strings built.
    const clean = bStart > aEnd ? this.epRne[b] === 'S' : bStart === aEnd && this.epRne[b] !== 'S';
    if (clean && bStart !== aStart) return;
    const other = this.where(this.epFile.at(a), this.epRow.at(a), this.fileOf(b));
    const startText = formatUkDate(bStart);
    if (bStart === aStart) {
      report(
        this.at('duplicate-episode', b, 'DECOM', id, {
          problem: `second episode for the child starting on the same day as ${other}`,
          value: startText,
          expected: 'one episode per child and start date',
        }),
      );
    } else if (aEnd === OPEN) {
      if (bEnd !== OPEN) {
        report(
          this.at('overlapping-episodes', b, 'DECOM', id, {
            problem: `episode starts while ${other} (no end date) is still open`,
            value: startText,
            expected: `${other} to end on or before this date`,
          }),
        );
      }
    } else if (bStart < aEnd) {
      report(
        this.at('overlapping-episodes', b, 'DECOM', id, {
          problem: `episode starts before ${other} ends on ${formatUkDate(aEnd)}`,
          value: startText,
          expected: `a start on or after ${formatUkDate(aEnd)}`,
        }),
      );
    } else if (bStart > aEnd && this.epRne[b] !== 'S') {
      report(
        this.at('gap-without-new-period', b, 'RNE', id, {
          problem: `episode starts after a gap in care (${other} ended ${formatUkDate(aEnd)}) but RNE is`,
          value: this.epRne[b] ?? '',
          expected: 'S, started to be looked after',
        }),
      );
    } else if (bStart === aEnd && this.epRne[b] === 'S') {
      report(
        this.at('new-period-without-gap', b, 'RNE', id, {
          problem: `episode continues ${other} (no gap in care) but RNE is`,
          value: 'S',
          expected: 'L, P, T, U or B for a change within a period of care',
        }),
      );
    }
  }

  private at(
    code: string,
    e: number,
    column: string,
    childId: string,
    parts: { problem: string; value?: string; expected: string },
  ): Finding {
    return content(code, this.fileOf(e), 'Episodes', this.epRow.at(e), column, childId, parts);
  }

  private fileOf(e: number): string {
    return this.files[this.epFile.at(e)] as string;
  }

  /** "row 8", or "episodes-2.csv row 8" when the other row is in another file. */
  private where(fileIdx: number, row: number, fromFile: string): string {
    const file = this.files[fileIdx] as string;
    return file === fromFile ? `row ${row}` : `${file} row ${row}`;
  }

  private lastChildId = '';
  private lastChild = -1;

  private child(id: string): number {
    // A child's rows usually come together: skip the map for a repeat.
    if (id === this.lastChildId) return this.lastChild;
    let c = this.childIndex.get(id);
    if (c === undefined) {
      c = this.childIds.length;
      this.childIndex.set(id, c);
      this.childIds.push(id);
    }
    this.lastChildId = id;
    this.lastChild = c;
    return c;
  }

  private file(name: string): number {
    let f = this.fileIndex.get(name);
    if (f === undefined) {
      f = this.files.length;
      this.fileIndex.set(name, f);
      this.files.push(name);
    }
    return f;
  }
}

function content(
  code: string,
  file: string,
  table: TableName,
  row: number,
  column: string,
  childId: string,
  parts: { problem: string; value?: string; expected: string },
): Finding {
  const finding: Finding = {
    severity: 'content',
    code,
    file,
    table,
    row,
    column,
    childId,
    expected: parts.expected,
    message: findingMessage({ file, row, column, ...parts }),
  };
  if (parts.value !== undefined) finding.value = parts.value;
  return finding;
}
