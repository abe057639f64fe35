import { collectionYearBounds, collectionYearLabel, type EpochDay, formatUkDate } from '../dates/index.ts';
import { type Finding, findingMessage } from '../findings/index.ts';
import type { Episode } from '../ssda903/records.ts';
import type { ChildReturnSlice } from './return-slice.ts';
import type { EpisodeSpan } from './timeline-types.ts';

/** A child's episodes after reconciling every return, oldest first, with what did not fit. */
export interface ReconciledEpisodes {
  episodes: EpisodeSpan[];
  /** Episodes closed only because the data stops (vanished child, missing return): outcome unknown. */
  lost: ReadonlySet<EpisodeSpan>;
  findings: Finding[];
}

/**
 * Merges what each return says about one child. Each return is authoritative for its own collection
 * year (1 April → observedUntil) and for any earlier dates its episodes cover, so a later return
 * replaces the carried episode (its DEC/REC) and anything after. An episode open when one return stops
 * must reappear, same start, in the next; if it does not, a content finding says so, and a child missing
 * from the next return has the period closed at the last observed day, lost to follow-up.
 *
 * `slices` are one per selected return, oldest first (see `selectReturns`), including returns the child
 * is not in (empty episodes), so that a vanished child is noticed.
 */
export function reconcileEpisodes(childId: string, slices: readonly ChildReturnSlice[]): ReconciledEpisodes {
  const episodes: EpisodeSpan[] = [];
  const lost = new Set<EpisodeSpan>();
  const findings: Finding[] = [];
  let previous: ChildReturnSlice | null = null;
  for (const slice of slices) {
    const incoming = episodesOfSlice(childId, slice, findings);
    const open = openEpisode(episodes);
    if (open && previous) {
      const lastSeen = previous.observedUntil;
      if (slice.collectionYear > previous.collectionYear + 1) {
        findings.push(returnGap(childId, previous, slice, lastSeen));
      } else if (incoming.length === 0) {
        findings.push(vanished(childId, previous, slice));
      }
      if (incoming.length === 0) closeLost(open, lastSeen, lost);
    }
    if (incoming.length > 0) merge(childId, episodes, incoming, slice, previous, lost, findings);
    previous = slice;
  }
  return { episodes, lost, findings };
}

/** Folds one return's episodes into the child's history: the return wins from its earliest date. */
function merge(
  childId: string,
  episodes: EpisodeSpan[],
  incoming: EpisodeSpan[],
  slice: ChildReturnSlice,
  previous: ChildReturnSlice | null,
  lost: Set<EpisodeSpan>,
  findings: Finding[],
): void {
  const yearStart = collectionYearBounds(slice.collectionYear).start;
  const first = incoming[0] as EpisodeSpan;
  const open = openEpisode(episodes);
  const carried = open !== null && incoming.some((e) => e.start === open.start);
  let from = Math.min(yearStart, first.start);
  // This return starts the period on a date the earlier one already had in care: a corrected start
  // date for the same stay, not a second period. The later return's date wins.
  if (
    open &&
    !carried &&
    previous &&
    first.reasonNewEpisode === 'S' &&
    first.start <= previous.observedUntil
  ) {
    from = Math.min(from, open.start);
  }
  // Only a return that ends the day before this one starts can be held to the carried-episode rule.
  if (previous && previous.observedUntil === yearStart - 1) {
    if (open && !carried) findings.push(carriedMismatch(childId, previous, slice, open.start, first.start));
    if (!open) {
      const carriedIn = incoming.find((e) => e.start < yearStart && (e.end === null || e.end >= yearStart));
      if (carriedIn) findings.push(notOpenBefore(childId, previous, slice, carriedIn.start));
    }
  }
  let keep = 0;
  while (keep < episodes.length && (episodes[keep] as EpisodeSpan).start < from) keep++;
  episodes.length = keep;
  const last = episodes[keep - 1];
  if (last && open === last && previous) {
    // The open episode did not reappear (else it would have been dropped above): contiguous if this
    // return continues care from before its year, otherwise the outcome is unknown.
    if (first.start <= yearStart && first.reasonNewEpisode !== 'S') last.end = first.start;
    else closeLost(last, Math.min(previous.observedUntil, first.start), lost);
  } else if (last && last.end !== null && last.end > from) {
    last.end = from;
  }
  for (const e of incoming) episodes.push(e);
}

/** The child's episodes in one return: sorted, one per start date, cut at what the return can know. */
function episodesOfSlice(childId: string, slice: ChildReturnSlice, findings: Finding[]): EpisodeSpan[] {
  const sorted =
    slice.episodes.length > 1 ? [...slice.episodes].sort((a, b) => a.start - b.start) : slice.episodes;
  const out: EpisodeSpan[] = [];
  for (const e of sorted) {
    if (e.start > slice.observedUntil) {
      findings.push(afterObservation(childId, slice, e.start));
      continue;
    }
    const held = out[out.length - 1];
    if (held && held.start === e.start) {
      if (!sameEpisode(held, e)) findings.push(duplicate(childId, slice, e.start));
      // Keep the more complete record: one that says how the episode ended.
      if (held.end === null && e.end !== null && e.end <= slice.observedUntil)
        out[out.length - 1] = span(e, slice);
      continue;
    }
    out.push(span(e, slice));
  }
  return out;
}

function span(e: Episode, slice: ChildReturnSlice): EpisodeSpan {
  // An extract cannot know an end after its as-at date.
  const known = e.end !== null && e.end <= slice.observedUntil;
  return {
    start: e.start,
    end: known ? e.end : null,
    reasonNewEpisode: e.reasonNewEpisode,
    legalStatus: e.legalStatus,
    categoryOfNeed: e.categoryOfNeed,
    placementType: e.placementType,
    provider: e.provider,
    reasonEnded: known ? e.reasonEnded : null,
    reasonPlaceChange: e.reasonPlaceChange,
    homePostcode: e.homePostcode,
    placementPostcode: e.placementPostcode,
    urn: e.urn,
    sourceYear: slice.collectionYear,
  };
}

function sameEpisode(a: EpisodeSpan, b: Episode): boolean {
  return (
    a.end === b.end &&
    a.reasonNewEpisode === b.reasonNewEpisode &&
    a.legalStatus === b.legalStatus &&
    a.placementType === b.placementType &&
    a.provider === b.provider &&
    a.reasonEnded === b.reasonEnded &&
    a.placementPostcode === b.placementPostcode
  );
}

function openEpisode(episodes: EpisodeSpan[]): EpisodeSpan | null {
  const last = episodes[episodes.length - 1];
  return last && last.end === null ? last : null;
}

function closeLost(episode: EpisodeSpan, lastSeen: EpochDay, lost: Set<EpisodeSpan>): void {
  episode.end = lastSeen;
  episode.reasonEnded = null;
  lost.add(episode);
}

const label = (slice: ChildReturnSlice) =>
  `${collectionYearLabel(slice.collectionYear)} ${slice.kind === 'in-year' ? 'in-year extract' : 'return'}`;

function finding(childId: string, code: string, problem: string, value?: string, expected?: string): Finding {
  return {
    severity: 'content',
    code,
    childId,
    ...(value !== undefined && { value }),
    ...(expected !== undefined && { expected }),
    message: findingMessage({ problem, value, expected }),
  };
}

function carriedMismatch(
  childId: string,
  previous: ChildReturnSlice,
  slice: ChildReturnSlice,
  openStart: EpochDay,
  firstStart: EpochDay,
): Finding {
  return finding(
    childId,
    'carried-episode-mismatch',
    `child ${childId}: the episode open at ${formatUkDate(previous.observedUntil)} in the ${label(previous)} starting`,
    formatUkDate(openStart),
    `the same start in the ${label(slice)}, whose first episode starts ${formatUkDate(firstStart)}`,
  );
}

function notOpenBefore(
  childId: string,
  previous: ChildReturnSlice,
  slice: ChildReturnSlice,
  start: EpochDay,
) {
  return finding(
    childId,
    'carried-episode-mismatch',
    `child ${childId}: the ${label(slice)} carries in an episode starting`,
    formatUkDate(start),
    `an episode open at ${formatUkDate(previous.observedUntil)} in the ${label(previous)}`,
  );
}

function vanished(childId: string, previous: ChildReturnSlice, slice: ChildReturnSlice): Finding {
  const lastSeen = formatUkDate(previous.observedUntil);
  const seamless = previous.observedUntil === collectionYearBounds(slice.collectionYear).start - 1;
  return finding(
    childId,
    seamless ? 'vanished-while-in-care' : 'end-not-observed',
    seamless
      ? `child ${childId} was looked after at ${lastSeen} (${label(previous)}) but is not in the ${label(slice)}; the period is closed at ${lastSeen}, lost to follow-up`
      : `child ${childId} was looked after at ${lastSeen} (${label(previous)}) and left care at an unknown date before the ${label(slice)}; the period is closed at ${lastSeen}, lost to follow-up`,
  );
}

function returnGap(childId: string, previous: ChildReturnSlice, slice: ChildReturnSlice, lastSeen: EpochDay) {
  const missing: string[] = [];
  for (let y = previous.collectionYear + 1; y < slice.collectionYear; y++)
    missing.push(collectionYearLabel(y));
  return finding(
    childId,
    'return-gap',
    `child ${childId} was looked after at ${formatUkDate(lastSeen)} but there is no return for ${missing.join(', ')}: episodes that began and ended in the gap are not known`,
  );
}

function duplicate(childId: string, slice: ChildReturnSlice, start: EpochDay): Finding {
  return finding(
    childId,
    'duplicate-episode',
    `child ${childId}: the ${label(slice)} has two different episodes starting`,
    formatUkDate(start),
    'one episode per start date; kept one',
  );
}

function afterObservation(childId: string, slice: ChildReturnSlice, start: EpochDay): Finding {
  return finding(
    childId,
    'episode-after-observation',
    `child ${childId}: the ${label(slice)} has an episode starting after its as-at date`,
    formatUkDate(start),
    `on or before ${formatUkDate(slice.observedUntil)}; ignored`,
  );
}
