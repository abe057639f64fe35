import { isTemporaryPlacement } from '../care/index.ts';
import type { ChildTimeline, Placement } from '../care/timeline-types.ts';
import { type CollectionYear, censusDate } from '../dates/index.ts';
import { codeLabel } from '../ssda903/index.ts';
import { type Tallied, tableKeys, tallyCells } from './cell-tally.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { isShortBreak } from './looked-after.ts';
import { codeOn, periodMayTouch, yearSpan } from './placement-facts.ts';
import { type YearFacts, yearFactsOf } from './year-facts.ts';

/**
 * The 2025/26 codes that split Z1 "other placements". DfE split Z1 to separate unregistered provision,
 * but neither the code lists we ship nor the validator name each sub-code (its rule 709 expects a child
 * under a deprivation of liberty order to be in K2, Z12 or Z13), so all four are reported, each apart.
 */
export const OTHER_PLACEMENT_CODES = ['Z11', 'Z12', 'Z13', 'Z14'] as const;

/** Settings that must be registered with Ofsted in England: secure and other children's homes, supported. */
const REGISTRABLE = ['K1', 'K2', 'K3'] as const;

/** H5 (semi-independent, unregistered) was removed in 2025/26: an H5 placement from then on is unregistered. */
const H5_REMOVED_FROM: CollectionYear = 2026;

/** A URN shaped as Ofsted issues them: SC and six digits (older), or seven digits. XXXXXXX is not one. */
const URN_SHAPE = /^(SC\d{6}|\d{7})$/i;

export function isValidUrn(urn: string | null): boolean {
  return urn !== null && URN_SHAPE.test(urn.trim()) && urn.trim() !== 'XXXXXXX';
}

function registrableCodes(year: CollectionYear): string[] {
  return year >= H5_REMOVED_FROM ? [...REGISTRABLE, 'H5'] : [...REGISTRABLE];
}

type Registration = 'no-valid-urn' | 'registered' | 'outside-england' | 'location-unknown';

/** Whether a placement in a registrable setting has a URN, is outside England, or cannot be placed. */
function registration(placement: Placement): Registration {
  const district = placement.placementDistrict ?? null;
  if (district !== null && !district.startsWith('E')) return 'outside-england';
  if (isValidUrn(placement.urn)) return 'registered';
  // Without a district we cannot tell an English placement with no URN from one outside England.
  return district === null ? 'location-unknown' : 'no-valid-urn';
}

/** The non-temporary, non-short-break codes a placement had at any time during the year (null: none). */
function codesDuringYear(
  placement: Placement,
  year: CollectionYear,
  observedUntil: number,
): Set<string> | null {
  const { start, end } = yearSpan(year);
  let codes: Set<string> | null = null;
  for (const e of placement.episodes) {
    // Dates first: most episodes of a child's history are outside the year (hot path).
    if (e.start > end || e.start > observedUntil || (e.end !== null && e.end <= start)) continue;
    if (e.placementType === null || isTemporaryPlacement(e.placementType) || isShortBreak(e)) continue;
    codes ??= new Set();
    codes.add(e.placementType);
  }
  return codes;
}

interface Found {
  other: Tallied[];
  noUrn: Tallied[];
  unknown: Set<string>;
}

function atCensus(facts: YearFacts): Found {
  const year = facts.collectionYear;
  const census = censusDate(year);
  const registrable = registrableCodes(year);
  const found: Found = { other: [], noUrn: [], unknown: new Set() };
  for (const { timeline: t, census: atDay } of facts.atCensus) {
    const placement = atDay.placement;
    const code = placement ? codeOn(placement, census) : null;
    if (!placement || code === null) continue;
    if ((OTHER_PLACEMENT_CODES as readonly string[]).includes(code)) {
      found.other.push({ childId: t.childId, key: { placementType: code } });
    }
    if (registrable.includes(code)) note(found, t.childId, code, registration(placement));
  }
  return found;
}

function duringYear(timelines: readonly ChildTimeline[], year: CollectionYear): Found {
  const { start, end } = yearSpan(year);
  const registrable = registrableCodes(year);
  const found: Found = { other: [], noUrn: [], unknown: new Set() };
  for (const t of timelines) {
    const other = new Set<string>();
    for (const period of t.periods) {
      if (!periodMayTouch(period, start, end)) continue;
      for (const placement of period.placements) {
        const codes = codesDuringYear(placement, year, t.observedUntil);
        if (codes === null) continue;
        for (const code of codes) {
          if ((OTHER_PLACEMENT_CODES as readonly string[]).includes(code)) other.add(code);
          if (registrable.includes(code)) note(found, t.childId, code, registration(placement));
        }
      }
    }
    for (const code of other) found.other.push({ childId: t.childId, key: { placementType: code } });
  }
  return found;
}

function note(found: Found, childId: string, code: string, status: Registration): void {
  if (status === 'no-valid-urn') found.noUrn.push({ childId, key: { placementType: code } });
  else if (status === 'location-unknown') found.unknown.add(childId);
}

const OTHER_DEFINITION =
  'placed under one of the placement codes Z11, Z12, Z13 or Z14, which from 2025/26 replace Z1 “other ' +
  'placements” so that unregistered provision is recorded apart. Uncertain: the code lists we hold do not ' +
  'give the meaning of each of the four codes, so all four are counted and shown separately; check them ' +
  'against the DfE 2025/26 guide before reading one as “unregistered”';

const NO_URN_DEFINITION =
  'in a setting that must be registered with Ofsted — a secure children’s home (K1), a children’s home ' +
  '(K2) or supported accommodation (K3), and from 2025/26 semi-independent accommodation (H5), removed ' +
  'from the codes that year — in England (the placement postcode is in an English district) with no ' +
  'valid Ofsted URN (blank, XXXXXXX, or not shaped as Ofsted issues them: SC and six digits, or seven ' +
  'digits; whether the URN is on Ofsted’s register is not checked here). Placements outside England, ' +
  'where a blank URN is expected, are never counted; a placement whose postcode is missing or not found ' +
  'cannot be placed in or out of England and is reported as unknown';

function codeLabels(codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((c) => [c, codeLabel('placementType', c) ?? c]));
}

/**
 * Unregistered or unregulated placements: children in the 2025/26 "other" codes (Z11–Z14), and children
 * in registrable settings in England with no valid URN — at 31 March and at any time in the year. The
 * counts are for everyone; `childIds` is the list for users allowed to see child records.
 *
 * ### Example
 * ```ts
 * unregisteredIndicators(input).find((i) => i.id === 'unregistered.no-valid-urn-at-31-march')?.cells[0]
 * ```
 */
export function unregisteredIndicators(input: IndicatorInput): Indicator[] {
  const { timelines, collectionYear: year } = input;
  const census = atCensus(yearFactsOf(input));
  const during = duringYear(timelines, year);
  const registrable = registrableCodes(year);
  const base = { theme: 'unregistered' as const, collectionYear: year, unit: 'children' as const };
  const otherLabels = { placementType: codeLabels(OTHER_PLACEMENT_CODES) };
  const noUrnLabels = { placementType: codeLabels(registrable) };
  const withUnknown = (indicator: Indicator, unknown: Set<string>): Indicator =>
    unknown.size === 0
      ? indicator
      : { ...indicator, unknown: { count: unknown.size, reason: 'placement postcode missing or not found' } };
  return [
    {
      ...base,
      id: 'unregistered.other-codes-at-31-march',
      title: 'Children in “other” placements (Z11–Z14) at 31 March',
      definition: `Children looked after at 31 March (not on short breaks) ${OTHER_DEFINITION}.`,
      dimensions: ['placementType'],
      labels: otherLabels,
      cells: tallyCells(census.other, tableKeys({ placementType: OTHER_PLACEMENT_CODES }), true),
    },
    {
      ...base,
      id: 'unregistered.other-codes-in-year',
      title: 'Children in “other” placements (Z11–Z14) during the year',
      definition: `Children at any time during the year ${OTHER_DEFINITION}. A child is counted once per code.`,
      dimensions: ['placementType'],
      labels: otherLabels,
      cells: tallyCells(during.other, tableKeys({ placementType: OTHER_PLACEMENT_CODES }), true),
    },
    withUnknown(
      {
        ...base,
        id: 'unregistered.no-valid-urn-at-31-march',
        title: 'Children in registrable settings in England without a valid URN at 31 March',
        definition: `Children looked after at 31 March (not on short breaks) ${NO_URN_DEFINITION}.`,
        dimensions: ['placementType'],
        labels: noUrnLabels,
        cells: tallyCells(census.noUrn, tableKeys({ placementType: registrable }), true),
      },
      census.unknown,
    ),
    withUnknown(
      {
        ...base,
        id: 'unregistered.no-valid-urn-in-year',
        title: 'Children in registrable settings in England without a valid URN during the year',
        definition: `Children at any time during the year ${NO_URN_DEFINITION}. A child is counted once per code.`,
        dimensions: ['placementType'],
        labels: noUrnLabels,
        cells: tallyCells(during.noUrn, tableKeys({ placementType: registrable }), true),
      },
      during.unknown,
    ),
  ];
}
