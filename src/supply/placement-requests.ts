import { type AgeBand, ageBand } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import type { PlacementRequest, RequestedType, RequestOutcome } from '../local/records.ts';
import { quantileOfSorted } from './quartiles.ts';

export const REQUEST_OUTCOMES: readonly RequestOutcome[] = [
  'in-house',
  'external-framework',
  'external-spot',
  'not-found',
];

export interface RequestCell {
  requestedType: RequestedType;
  ageBand: AgeBand;
  requests: number;
  /** Requests with outcome not-found: no placement could be found. */
  notFound: number;
  byOutcome: Record<RequestOutcome, number>;
}

export interface DaysToPlace {
  outcome: RequestOutcome;
  /** Requests with days to place recorded. */
  n: number;
  median: number | null;
  p90: number | null;
}

export interface RequestSummary {
  from: EpochDay;
  to: EpochDay;
  requests: number;
  notFound: number;
  cells: RequestCell[];
  daysToPlace: DaysToPlace[];
}

/**
 * Placement requests made from `from` to `to` (both included): by requested type × age band at request,
 * with how many were not met (outcome not-found), and days from request to placement (median, P90, type 7)
 * by outcome, over requests with days recorded.
 *
 * ### Example
 * ```ts
 * placementRequests(local.placementRequests, day(2025, 4, 1), day(2026, 3, 31)).notFound // 14
 * ```
 */
export function placementRequests(
  requests: readonly PlacementRequest[],
  from: EpochDay,
  to: EpochDay,
): RequestSummary {
  const inWindow = requests.filter((r) => r.requested >= from && r.requested <= to);
  const cells = new Map<string, RequestCell>();
  const days = new Map<RequestOutcome, number[]>(REQUEST_OUTCOMES.map((o) => [o, []]));
  for (const r of inWindow) {
    const band = ageBand(r.ageAtRequest);
    const key = `${r.requestedType}|${band}`;
    let cell = cells.get(key);
    if (!cell) {
      const byOutcome = { 'in-house': 0, 'external-framework': 0, 'external-spot': 0, 'not-found': 0 };
      cell = { requestedType: r.requestedType, ageBand: band, requests: 0, notFound: 0, byOutcome };
      cells.set(key, cell);
    }
    cell.requests += 1;
    cell.byOutcome[r.outcome] += 1;
    if (r.outcome === 'not-found') cell.notFound += 1;
    if (r.daysToPlace !== null) days.get(r.outcome)?.push(r.daysToPlace);
  }
  return {
    from,
    to,
    requests: inWindow.length,
    notFound: inWindow.filter((r) => r.outcome === 'not-found').length,
    cells: [...cells.values()].sort(
      (a, b) => a.requestedType.localeCompare(b.requestedType) || a.ageBand.localeCompare(b.ageBand),
    ),
    daysToPlace: REQUEST_OUTCOMES.map((outcome) => {
      const sorted = Float64Array.from(days.get(outcome) ?? []).sort();
      return {
        outcome,
        n: sorted.length,
        median: sorted.length ? quantileOfSorted(sorted, 0.5) : null,
        p90: sorted.length ? quantileOfSorted(sorted, 0.9) : null,
      };
    }),
  };
}
