import { type AgeBand, AGE_BANDS, ageBandOn } from '../care/index.ts';
import type { ChildTimeline, EpisodeSpan, PeriodOfCare, PlacementCategory } from '../care/index.ts';
import { calendarDate, day, type EpochDay } from '../dates/index.ts';

/** The four placement groups the demand model forecasts (coarser than the sufficiency categories). */
export type ModelCategory = 'fostering' | 'residential' | 'supported' | 'other';

export const MODEL_CATEGORIES: readonly ModelCategory[] = ['fostering', 'residential', 'supported', 'other'];

/**
 * Sufficiency category → model category. Fostering is every foster placement (kinship, in-house, IFA, another
 * council's); residential is every children's home plus secure and other residential settings (schools, care
 * homes); supported is supported accommodation. Everything else — placed with parents, adoption, parent and
 * child, health/custody, other/unregistered, temporary-only and unknown — is `other`. Exhaustive, so a new
 * category does not compile until it is placed here.
 */
export const MODEL_CATEGORY_OF: Readonly<Record<PlacementCategory, ModelCategory>> = {
  'fostering-kinship': 'fostering',
  'fostering-in-house': 'fostering',
  'fostering-ifa': 'fostering',
  'fostering-other-council': 'fostering',
  'residential-in-house': 'residential',
  'residential-external': 'residential',
  secure: 'residential',
  'residential-other': 'residential',
  supported: 'supported',
  'placed-with-parents': 'other',
  adoption: 'other',
  'parent-and-child': 'other',
  'health-custody': 'other',
  other: 'other',
  temporary: 'other',
  unknown: 'other',
};

/** Entries in one cell (age band at entry × model category of the first placement × UASC at entry), by month. */
export interface EntryCell {
  ageBand: AgeBand;
  category: ModelCategory;
  uasc: boolean;
  counts: number[];
}

export interface MonthlyEntries {
  /** First day of each calendar month in the window. */
  months: EpochDay[];
  /** Days of each month inside the window (the first and last month may be partial): an exposure. */
  daysInWindow: number[];
  /** Every cell, zero or not, in the order AGE_BANDS × MODEL_CATEGORIES × (not UASC, UASC). */
  cells: EntryCell[];
  /** All entries by month. */
  total: number[];
}

export interface EntryWindow {
  /** First and last day counted (inclusive). Months after the data's last observed day read as zero. */
  from: EpochDay;
  to: EpochDay;
  /** Sufficiency category → model category; defaults to MODEL_CATEGORY_OF. */
  categoryOf?: Readonly<Record<PlacementCategory, ModelCategory>>;
}

// As care/ and indicators/ define them: V3/V4 are a series of short breaks, left out of entries as DfE does.
const SHORT_BREAKS: ReadonlySet<string> = new Set(['V3', 'V4']);
const isShortBreak = (episode: EpisodeSpan) =>
  episode.legalStatus !== null && SHORT_BREAKS.has(episode.legalStatus);

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

function cellIndex(band: AgeBand, category: ModelCategory, uasc: boolean): number {
  return (
    (AGE_BANDS.indexOf(band) * MODEL_CATEGORIES.length + MODEL_CATEGORIES.indexOf(category)) * 2 +
    (uasc ? 1 : 0)
  );
}

/**
 * Entries to care per calendar month in `[from, to]`, by age band at entry, model category of the first
 * placement and UASC at entry. An entry is the start of a period of care — of its first episode not on short
 * breaks; short-break-only periods are not entries. Every cell is present, zeros included.
 *
 * ### Example
 * ```ts
 * const entries = monthlyEntries(timelines, { from: day(2023, 4, 1), to: day(2024, 3, 31) });
 * entries.total // 12 monthly counts, April 2023 first
 * ```
 */
export function monthlyEntries(timelines: readonly ChildTimeline[], window: EntryWindow): MonthlyEntries {
  const { from, to } = window;
  const categoryOf = window.categoryOf ?? MODEL_CATEGORY_OF;
  const { months, daysInWindow } = monthsOf(from, to);
  const cells: EntryCell[] = [];
  for (const ageBand of AGE_BANDS) {
    for (const category of MODEL_CATEGORIES) {
      for (const uasc of [false, true]) cells.push({ ageBand, category, uasc, counts: months.map(() => 0) });
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
      const category = categoryOf[entryCategory(period, episode)];
      const cell = cells[cellIndex(band, category, uascOn(timeline, episode.start))] as EntryCell;
      (cell.counts[month] as number)++;
      (total[month] as number)++;
    }
  }
  return { months, daysInWindow, cells, total };
}
