import { CATEGORY_LABELS } from '../care/index.ts';
import type { ChildTimeline, Placement, PlacementCategory } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { isShortBreak } from './looked-after.ts';
import { countOf, shareCells, type Tabulated, tableCells } from './table-cells.ts';
import { yearFactsOf } from './year-facts.ts';

/** Who provides a placement, from PLACE_PROVIDER. */
export type Provision = 'in-house' | 'external' | 'parents' | 'not-recorded';

export const PROVISIONS: readonly Provision[] = ['in-house', 'external', 'parents', 'not-recorded'];

export const PROVISION_LABELS: Record<Provision, string> = {
  'in-house': "The council's own provision (PR1)",
  external: 'External: another council, public body, private or voluntary provider (PR2–PR5)',
  parents: 'Parent or person with parental responsibility (PR0)',
  'not-recorded': 'Provider not recorded (blank, as for temporary and other placements)',
};

/** The provision group of a placement's provider code. */
export function provisionOf(provider: string | null): Provision {
  if (provider === 'PR1') return 'in-house';
  if (provider === 'PR0') return 'parents';
  if (provider === 'PR2' || provider === 'PR3' || provider === 'PR4' || provider === 'PR5') return 'external';
  return 'not-recorded';
}

export const PLACEMENT_CATEGORIES = Object.keys(CATEGORY_LABELS) as PlacementCategory[];

export const PLACEMENT_MIX_DEFINITIONS = {
  atCensus:
    'Children looked after at 31 March (not on a series of short breaks that day) by the placement they were in on ' +
    "31 March: its sufficiency category (from the placement code and provider, using the council's category mapping; " +
    "a temporary spell (T0–T4) counts as the placement the child returns to) and who provides it — the council's own " +
    'provision (PR1), external (PR2–PR5), a parent (PR0) or not recorded. Shares are percentages of all children ' +
    'looked after at 31 March.',
  started:
    'Placements that started in the year (1 April to 31 March): each new placement of a child (a new period of care, ' +
    'or a change of carer, RNE P or T) counts once, so a child can count more than once; a change of legal status or ' +
    'placement code with the same carer is not a new placement. Placements made only of short-break (V3/V4) episodes ' +
    'are left out. By category and by provider, as for 31 March; "temporary" is a placement made only of temporary ' +
    'episodes.',
} as const;

/**
 * Placement mix: children at 31 March by placement category and by in-house / external provision (and
 * shares), and the placements started in the year by the same.
 *
 * ### Example
 * ```ts
 * placementMixIndicators(input).find((i) => i.id === 'placements.by-category-at-31-march')
 * ```
 */
export function placementMixIndicators(input: IndicatorInput): Indicator[] {
  const facts = yearFactsOf(input);
  const atCensus = facts.atCensus.map((c) => rowOf(c.timeline, c.census.placement));
  const started: Tabulated<null>[] = [];
  for (const { placementsStarted } of facts.children) {
    for (const { timeline, placement } of placementsStarted) {
      if (!placement.episodes.every(isShortBreak)) started.push(rowOf(timeline, placement));
    }
  }
  const base = { collectionYear: input.collectionYear, theme: 'placements' as const };
  const byCategory = (rows: Tabulated<null>[]) =>
    tableCells(rows, ['category'], { category: PLACEMENT_CATEGORIES }, countOf);
  const byProvision = (rows: Tabulated<null>[]) =>
    tableCells(rows, ['provision'], { provision: PROVISIONS }, countOf);
  const categoryLabels = { category: CATEGORY_LABELS };
  const provisionLabels = { provision: PROVISION_LABELS };
  return [
    {
      ...base,
      id: 'placements.by-category-at-31-march',
      title: 'Children looked after at 31 March by placement category',
      definition: PLACEMENT_MIX_DEFINITIONS.atCensus,
      unit: 'children',
      dimensions: ['category'],
      labels: categoryLabels,
      cells: byCategory(atCensus),
    },
    {
      ...base,
      id: 'placements.by-category-share-at-31-march',
      title: 'Children looked after at 31 March by placement category (%)',
      definition: PLACEMENT_MIX_DEFINITIONS.atCensus,
      unit: 'percent',
      dimensions: ['category'],
      labels: categoryLabels,
      cells: shareCells(atCensus, 'category', PLACEMENT_CATEGORIES),
    },
    {
      ...base,
      id: 'placements.by-provision-at-31-march',
      title: 'Children looked after at 31 March by provider: in-house or external',
      definition: PLACEMENT_MIX_DEFINITIONS.atCensus,
      unit: 'children',
      dimensions: ['provision'],
      labels: provisionLabels,
      cells: byProvision(atCensus),
    },
    {
      ...base,
      id: 'placements.started-by-category',
      title: 'Placements started in the year by category',
      definition: PLACEMENT_MIX_DEFINITIONS.started,
      unit: 'placements',
      dimensions: ['category'],
      labels: categoryLabels,
      cells: byCategory(started),
    },
    {
      ...base,
      id: 'placements.started-by-provision',
      title: 'Placements started in the year by provider: in-house or external',
      definition: PLACEMENT_MIX_DEFINITIONS.started,
      unit: 'placements',
      dimensions: ['provision'],
      labels: provisionLabels,
      cells: byProvision(started),
    },
  ];
}

function rowOf(timeline: ChildTimeline, placement: Placement | null): Tabulated<null> {
  return {
    key: {
      category: placement?.category ?? 'unknown',
      provision: provisionOf(placement?.provider ?? null),
    },
    childId: timeline.childId,
    item: null,
  };
}

/** The child's placements starting in `[from, to]`, other than those made only of short-break episodes. */
export function placementsStartedIn(timeline: ChildTimeline, from: EpochDay, to: EpochDay): Placement[] {
  const started: Placement[] = [];
  for (const period of timeline.periods) {
    for (const placement of period.placements) {
      if (placement.start < from || placement.start > to || placement.start > timeline.observedUntil)
        continue;
      if (placement.episodes.every(isShortBreak)) continue;
      started.push(placement);
    }
  }
  return started;
}
