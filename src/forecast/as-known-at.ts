import type { ReturnData } from '../care/index.ts';
import { collectionYearOf, type EpochDay } from '../dates/index.ts';
import type { Episode, MissingSpell, UascRecord } from '../ssda903/index.ts';

/**
 * A council's returns as an analyst held them on `origin` (a 31 March forecast origin in the backtest):
 * returns for later collection years are unseen; within the origin's own year, episodes and missing
 * spells starting after the origin are dropped, those ending after it are re-opened (end and reason
 * blanked), UASC status ceasing after it is still current, and `observedUntil` is capped at the origin.
 * A child whose every episode in a return is dropped leaves that return's other tables too.
 * Returns wholly before the origin come back unchanged (the same objects).
 *
 * ### Example
 * ```ts
 * const known = buildTimelines(asKnownAt(returns, censusDate(2024)), options); // data as at 31/03/2024
 * ```
 */
export function asKnownAt(returns: readonly ReturnData[], origin: EpochDay): ReturnData[] {
  const lastYear = collectionYearOf(origin);
  return returns.filter((r) => r.collectionYear <= lastYear).map((r) => cutReturn(r, origin));
}

function cutReturn(data: ReturnData, origin: EpochDay): ReturnData {
  if (!reachesPast(data, origin)) return data;
  const episodes = data.episodes.filter((e) => e.start <= origin).map((e) => reopenEpisode(e, origin));
  // Children in the return only through episodes that had not begun yet were not known at the origin.
  const kept = new Set(episodes.map((e) => e.childId));
  const dropped = new Set(data.episodes.map((e) => e.childId).filter((c) => !kept.has(c)));
  const known = (row: { childId: string }) => !dropped.has(row.childId);
  return {
    ...data,
    observedUntil: Math.min(data.observedUntil, origin),
    headers: data.headers.filter(known),
    episodes,
    uasc: data.uasc.filter(known).map((u) => reopenUasc(u, origin)),
    missing: data.missing.filter((m) => known(m) && m.start <= origin).map((m) => reopenMissing(m, origin)),
  };
}

/** Whether anything in the return happened after the origin (else it is kept as it is). */
function reachesPast(data: ReturnData, origin: EpochDay): boolean {
  const after = (d: EpochDay | null) => d !== null && d > origin;
  return (
    data.observedUntil > origin ||
    data.episodes.some((e) => after(e.start) || after(e.end)) ||
    data.missing.some((m) => after(m.start) || after(m.end)) ||
    data.uasc.some((u) => after(u.uascCeased))
  );
}

function reopenEpisode(e: Episode, origin: EpochDay): Episode {
  return e.end !== null && e.end > origin ? { ...e, end: null, reasonEnded: null } : e;
}

function reopenMissing(m: MissingSpell, origin: EpochDay): MissingSpell {
  return m.end !== null && m.end > origin ? { ...m, end: null } : m;
}

function reopenUasc(u: UascRecord, origin: EpochDay): UascRecord {
  return u.uascCeased !== null && u.uascCeased > origin ? { ...u, uascCeased: null } : u;
}
