import type { PlacementCategory } from '../../care/index.ts';
import { ageOn, type EpochDay } from '../../dates/index.ts';
import type {
  FosterHousehold,
  PlacementRequest,
  Provider,
  RequestedType,
  RequestOutcome,
} from '../../local/records.ts';
import type { Rng } from '../rng.ts';
import type { CouncilFacts, PlacementFact } from './placement-facts.ts';

/** What the placements team is asked to find for a placement of each category; absent: no request (kinship, home, adoption…). */
const REQUESTED: Partial<Record<PlacementCategory, RequestedType>> = {
  'fostering-in-house': 'fostering',
  'fostering-ifa': 'fostering',
  'fostering-other-council': 'fostering',
  'residential-in-house': 'residential',
  'residential-external': 'residential',
  'residential-other': 'residential',
  secure: 'secure',
  supported: 'supported',
  'parent-and-child': 'parent-and-child',
  other: 'other',
};

/** Share of extra requests that found nothing, on top of one request per placement. */
export const NOT_FOUND_SHARE = 0.08;

/**
 * The outcome a met request has, from where the child went: the council's own provision (PR1) is in-house;
 * a provider on a framework or block contract is external-framework; anything else external-spot.
 */
export function requestOutcomeOf(
  placement: Pick<PlacementFact, 'provider'>,
  provider: Pick<Provider, 'basis'> | undefined,
): RequestOutcome {
  if (placement.provider === 'PR1') return 'in-house';
  return provider && provider.basis !== 'spot' ? 'external-framework' : 'external-spot';
}

function requestedType(
  rng: Rng,
  p: PlacementFact,
  carer: FosterHousehold | undefined,
  age: number,
): RequestedType | null {
  const type = REQUESTED[p.category];
  if (type !== 'fostering') return type ?? null;
  if (carer?.approvalType === 'parent-and-child') return 'parent-and-child';
  if (carer?.approvalType === 'enhanced' || carer?.approvalType === 'specialist') return 'fostering-enhanced';
  return p.category === 'fostering-ifa' && age >= 10 && rng.chance(0.2) ? 'fostering-enhanced' : 'fostering';
}

function needsSummary(rng: Rng, p: PlacementFact, age: number): string | null {
  const needs: string[] = [];
  if (p.uasc) needs.push('unaccompanied asylum-seeking child');
  if (p.categoryOfNeed === 'N2') needs.push('disability');
  if (p.mother) needs.push('parent and baby');
  if (age < 5 && rng.chance(0.3)) needs.push('sibling group');
  if (age >= 11) {
    if (rng.chance(0.3)) needs.push('emotional and behavioural needs');
    if (rng.chance(0.15)) needs.push('risk of exploitation');
    if (rng.chance(0.1)) needs.push('missing episodes');
  }
  if (needs.length === 0 && rng.chance(0.5))
    needs.push(age >= 11 ? 'education support' : 'stable long-term home');
  return needs.length > 0 ? needs.join('; ') : null;
}

/** Days from request to placement: many emergencies on the day, else longer for the harder searches. */
function daysToPlace(rng: Rng, p: PlacementFact, outcome: RequestOutcome): number {
  if (p.firstOfPeriod && rng.chance(0.5)) return rng.int(2);
  const median = outcome === 'in-house' ? 5 : outcome === 'external-framework' ? 10 : 21;
  return Math.min(120, Math.round(rng.lognormal(median, 0.8)));
}

function providersApproached(rng: Rng, outcome: RequestOutcome, type: RequestedType): number {
  if (outcome === 'in-house') return 0;
  const wide = type === 'residential' || type === 'secure' || type === 'fostering-enhanced';
  if (outcome === 'external-framework') return 1 + rng.poisson(wide ? 8 : 4);
  return 5 + rng.poisson(wide ? 25 : 12);
}

/** A request that found nothing: a child already looked after whose move did not happen, or one on the edge of care. */
function notFound(
  rng: Rng,
  facts: CouncilFacts,
  teenagers: readonly PlacementFact[],
): Omit<PlacementRequest, 'requestId'> {
  const p = rng.pick(teenagers);
  const from = Math.max(p.start, facts.windowStart);
  const to = Math.min(p.end ?? facts.asAt, facts.asAt);
  const requested: EpochDay = from + rng.int(Math.max(1, to - from));
  const requestedType = rng.weighted([
    ['residential', 40],
    ['fostering-enhanced', 30],
    ['supported', 15],
    ['secure', 10],
    ['parent-and-child', 5],
  ] as const);
  const inCare = rng.chance(0.7);
  return {
    requested,
    childId: inCare ? p.childId : null,
    ageAtRequest: inCare ? ageOn(p.dob, requested) : rng.between(11, 17),
    needsSummary: rng.pick([
      'complex needs; no match found',
      'emotional and behavioural needs',
      'risk of exploitation',
      null,
    ]),
    requestedType,
    outcome: 'not-found',
    daysToPlace: null,
    providersApproached: 15 + rng.poisson(25),
  };
}

/**
 * One request for each placement started from the local data's first day to the as-at date that the
 * placements team finds (fostering with unrelated carers, homes, supported accommodation, secure, parent and
 * child, other), dated `daysToPlace` before it, with the outcome of where the child went; plus about 8%
 * more that found nothing.
 */
export function placementRequests(
  rng: Rng,
  facts: CouncilFacts,
  carerOf: ReadonlyMap<PlacementFact, FosterHousehold>,
  providerOf: ReadonlyMap<PlacementFact, Provider>,
): PlacementRequest[] {
  const rows: Omit<PlacementRequest, 'requestId'>[] = [];
  for (const p of facts.placements) {
    if (p.shortBreak || p.start < facts.windowStart || p.start > facts.asAt) continue;
    const age = ageOn(p.dob, p.start);
    const type = requestedType(rng, p, carerOf.get(p), age);
    if (type === null) continue;
    const outcome = requestOutcomeOf(p, providerOf.get(p));
    const days = daysToPlace(rng, p, outcome);
    rows.push({
      requested: p.start - days,
      childId: p.childId,
      // Babies are often referred before birth (a pre-birth plan): age 0.
      ageAtRequest: Math.max(0, ageOn(p.dob, p.start - days)),
      needsSummary: needsSummary(rng, p, age),
      requestedType: type,
      outcome,
      daysToPlace: days,
      providersApproached: providersApproached(rng, outcome, type),
    });
  }
  const teenagers = facts.placements.filter(
    (p) =>
      !p.shortBreak &&
      ageOn(p.dob, Math.max(p.start, facts.windowStart)) >= 11 &&
      (p.end === null || p.end > facts.windowStart),
  );
  const extra = teenagers.length > 0 ? Math.round(rows.length * NOT_FOUND_SHARE) : 0;
  for (let i = 0; i < extra; i++) rows.push(notFound(rng, facts, teenagers));
  rows.sort(
    (a, b) =>
      a.requested - b.requested ||
      (a.childId ?? '').localeCompare(b.childId ?? '') ||
      a.requestedType.localeCompare(b.requestedType),
  );
  return rows.map((r, i) => ({ requestId: `RQ${String(i + 1).padStart(5, '0')}`, ...r }));
}
