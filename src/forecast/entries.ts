import type { ChildTimeline, EpisodeSpan, PeriodOfCare, PlacementCategory } from '../care/index.ts';
import { AGE_BANDS, type AgeBand, ageBandOn, isShortBreak } from '../care/index.ts';
import { calendarDate, day, daysInMonth, type EpochDay } from '../dates/index.ts';
import { MODEL_CATEGORIES, MODEL_CATEGORY, type ModelCategory } from './exposure.ts';

/** Entries in one cell (age band at entry × model category of the first placement × UASC at entry × stratum), by month. */
export interface EntryCell {
  ageBand: AgeBand;
  category: ModelCategory;
  uasc: boolean;
  /** The child's further stratum (`EntryWindow.strata`, e.g. sex); '' without one. */
  stratum: string;
  counts: number[];
  /** Completed months of age at entry of each entrant counted, in the order met. */
  agesInMonths: number[];
}

export interface MonthlyEntries {
  /** First day of each calendar month in the window. */
  months: EpochDay[];
  /** Days of each month inside the window (the first and last month may be partial): an exposure. */
  daysInWindow: number[];
  /** Every cell, zero or not, in the order AGE_BANDS × MODEL_CATEGORIES × (not UASC, UASC) × strata. */
  cells: EntryCell[];
  /** All entries by month. */
  total: number[];
}

export interface EntryWindow {
  /** First and last day counted (inclusive). Months after the data's last observed day read as zero. */
  from: EpochDay;
  to: EpochDay;
  /** Placement category → model category (fostering / residential / supported / other); default `MODEL_CATEGORY`. */
  categoryOf?: (category: PlacementCategory) => ModelCategory;
  /** A further stratum of entrants (e.g. sex): its values and each child's; default none. */
  strata?: { values: readonly string[]; of: (timeline: ChildTimeline) => string };
}

/**
 * Where a period enters care: its first episode not on short breaks (null for a short-break-only period).
 * A period that starts on short breaks and turns into care counts from that turn.
 */
function entryEpisode(period: PeriodOfCare): EpisodeSpan | null {
  for (const episode of period.episodes) if (!isShortBreak(episode)) return episode;
  return null;
}

function entryCategory(period: PeriodOfCare, episode: EpisodeSpan): PlacementCategory {
  const placement = period.placements.find((p) => p.episodes.includes(episode)) ?? period.placements[0];
  return placement?.category ?? 'unknown';
}

/** UASC on the day of entry: recorded as UASC and not ceased by then. */
function uascOn(timeline: ChildTimeline, on: EpochDay): boolean {
  return timeline.uasc !== null && (timeline.uasc.ceased === null || timeline.uasc.ceased > on);
}

/** Completed calendar months of age on a day (a child born on the 31st completes a month on the last day of a shorter month). */
export function monthsOfAge(dob: EpochDay, on: EpochDay): number {
  const b = calendarDate(dob);
  const c = calendarDate(on);
  let months = (c.year - b.year) * 12 + (c.month - b.month);
  const lastDay = daysInMonth(c.year, c.month);
  if (c.day < Math.min(b.day, lastDay)) months -= 1;
  return months;
}

function monthsOf(from: EpochDay, to: EpochDay): { months: EpochDay[]; daysInWindow: number[] } {
  const months: EpochDay[] = [];
  const daysInWindow: number[] = [];
  const first = calendarDate(from);
  for (let n = 0; ; n++) {
    const start = day(
      first.year + Math.floor((first.month - 1 + n) / 12),
      ((first.month - 1 + n) % 12) + 1,
      1,
    );
    if (start > to) break;
    const c = calendarDate(start);
    const next = day(c.year + Math.floor(c.month / 12), (c.month % 12) + 1, 1);
    months.push(start);
    daysInWindow.push(Math.min(next - 1, to) - Math.max(start, from) + 1);
  }
  return { months, daysInWindow };
}

function cellIndex(
  band: AgeBand,
  category: ModelCategory,
  uasc: boolean,
  stratum: number,
  strata: number,
): number {
  return (
    ((AGE_BANDS.indexOf(band) * MODEL_CATEGORIES.length + MODEL_CATEGORIES.indexOf(category)) * 2 +
      (uasc ? 1 : 0)) *
      strata +
    stratum
  );
}

/**
 * Entries to care per calendar month in `[from, to]`, by age band at entry, model category of the first
 * placement (mapped by `MODEL_CATEGORY` in exposure.ts unless `categoryOf` is given) and UASC at entry.
 * An entry is the start of a period of care — of its first episode not on short breaks; short-break-only
 * periods are not entries. Every cell is present, zeros included.
 *
 * ### Example
 * ```ts
 * const entries = monthlyEntries(timelines, { from: day(2023, 4, 1), to: day(2024, 3, 31) });
 * entries.total // 12 monthly counts, April 2023 first
 * ```
 */
export function monthlyEntries(timelines: readonly ChildTimeline[], window: EntryWindow): MonthlyEntries {
  const { from, to } = window;
  const categoryOf = window.categoryOf ?? ((category: PlacementCategory) => MODEL_CATEGORY[category]);
  const { months, daysInWindow } = monthsOf(from, to);
  const strata = window.strata?.values ?? [''];
  const cells: EntryCell[] = [];
  for (const ageBand of AGE_BANDS) {
    for (const category of MODEL_CATEGORIES) {
      for (const uasc of [false, true])
        for (const stratum of strata)
          cells.push({ ageBand, category, uasc, stratum, counts: months.map(() => 0), agesInMonths: [] });
    }
  }
  const total = months.map(() => 0);
  const firstMonth = calendarDate(from);
  for (const timeline of timelines) {
    for (const period of timeline.periods) {
      const episode = entryEpisode(period);
      if (episode === null || episode.start < from || episode.start > to) continue;
      const c = calendarDate(episode.start);
      const month = (c.year - firstMonth.year) * 12 + (c.month - firstMonth.month);
      const band = ageBandOn(timeline.dob, episode.start);
      const category = categoryOf(entryCategory(period, episode));
      const stratum = window.strata ? Math.max(0, strata.indexOf(window.strata.of(timeline))) : 0;
      const at = cellIndex(band, category, uascOn(timeline, episode.start), stratum, strata.length);
      const cell = cells[at] as EntryCell;
      (cell.counts[month] as number)++;
      cell.agesInMonths.push(monthsOfAge(timeline.dob, episode.start));
      (total[month] as number)++;
    }
  }
  return { months, daysInWindow, cells, total };
}
