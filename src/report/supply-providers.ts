import type { ChildTimeline } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import type { ModelCategory } from '../forecast/index.ts';
import type { LocalData } from '../local/records.ts';
import { loadLocalData } from '../store/index.ts';
import { APPROVAL_TYPES, capacityView, gap, gapSetup, HOME_TYPES, supplyOrigin } from '../supply/index.ts';
import { longDate } from './long-date.ts';
import type { ProviderContext, SectionProvider } from './section-provider.ts';
import type { ProvidedBlock, ProvidedSection } from './statement-input.ts';

const CATEGORY_LABELS: Record<ModelCategory, string> = {
  fostering: 'Fostering',
  residential: 'Residential',
  supported: 'Supported accommodation',
  other: 'Other',
};
const APPROVAL_LABELS: Record<string, string> = {
  mainstream: 'Mainstream',
  enhanced: 'Enhanced',
  specialist: 'Specialist',
  kinship: 'Kinship (connected persons)',
  'short-breaks': 'Short breaks',
  'parent-and-child': 'Parent and child',
};
const HOME_LABELS: Record<string, string> = {
  'childrens-home': 'Children’s homes',
  'short-breaks': 'Short-break homes',
  supported: 'Supported accommodation',
};

/** The council's local data, or why a supply section cannot use it. */
async function localData(context: ProviderContext): Promise<LocalData | string> {
  if (!context.db) return 'the council’s local data is kept in the database, which was not given.';
  const local = await loadLocalData(context.db, context.councilCode);
  if (local.fosterHouseholds.length === 0 && local.inHouseHomes.length === 0)
    return 'no in-house carers or homes have been recorded yet (local data: foster carer households, in-house homes).';
  return local;
}

/** "Supply": in-house foster carers and places by approval type, homes' beds, the pipeline, approvals and deregistrations. */
export const supplyProvider: SectionProvider = {
  section: 'supply',
  async provide(context): Promise<ProvidedSection> {
    const local = await localData(context);
    if (typeof local === 'string') return { status: 'unavailable', reason: local };
    const origin = supplyOrigin(context.timelines) ?? context.asAt;
    return { status: 'ok', blocks: supplyBlocks(local, context.timelines, origin) };
  },
};

/** The supply section's blocks on `origin` (a 31 March): pure, for tests and other callers. */
export function supplyBlocks(
  local: LocalData,
  timelines: readonly ChildTimeline[],
  origin: EpochDay,
): ProvidedBlock[] {
  const view = capacityView(local, timelines, origin, 3);
  const on = longDate(origin);
  const places = view.fostering.onOrigin.byApprovalType;
  const blocks: ProvidedBlock[] = [
    {
      kind: 'counts',
      caption: `In-house foster carers and their places on ${on}`,
      unitLabel: 'Approval',
      columns: ['Households', 'Approved places', 'Usable places'],
      rows: APPROVAL_TYPES.map((t) => ({
        label: APPROVAL_LABELS[t] ?? t,
        values: [places[t].households, places[t].approved, places[t].usable],
      })),
      totals: true,
      rowTotals: false,
      notes: [
        'Usable places: those a household can take in practice (e.g. a bedroom kept for a carer’s own child is not).',
      ],
    },
    {
      kind: 'counts',
      caption: 'Foster carer households approved and deregistered by year',
      unitLabel: 'Year to',
      columns: ['Approved', 'Deregistered'],
      rows: view.fostering.history.map((h) => ({
        label: longDate(h.to),
        values: [h.approvals, h.deregistrations],
      })),
      totals: true,
      rowTotals: false,
    },
    {
      kind: 'counts',
      caption: `Beds in the council’s own homes on ${on}`,
      unitLabel: 'Type of home',
      columns: ['Beds'],
      rows: HOME_TYPES.map((t) => ({ label: HOME_LABELS[t] ?? t, values: [view.homes.bedsOnOrigin[t]] })),
      totals: true,
      rowTotals: false,
      about: 'capacity',
    },
  ];
  if (view.homes.pipeline.length > 0)
    blocks.push(
      { kind: 'paragraph', text: 'Homes opening:' },
      {
        kind: 'list',
        items: view.homes.pipeline.map(
          (h) => `${h.name} (${HOME_LABELS[h.type] ?? h.type}, ${h.beds} beds), opening ${longDate(h.opens)}`,
        ),
      },
    );
  return blocks;
}

/** "Gaps and commissioning intentions": forecast need against in-house capacity, places to commission and their cost. */
export const gapProvider: SectionProvider = {
  section: 'gaps-and-commissioning',
  async provide(context): Promise<ProvidedSection> {
    if (!context.forecast)
      return { status: 'unavailable', reason: 'the gap needs the demand forecast, which is not available.' };
    const local = await localData(context);
    if (typeof local === 'string') return { status: 'unavailable', reason: local };
    const table = gap(gapSetup(local, context.timelines, context.forecast));
    const rows = table.rows.map((r) => ({
      label: `${CATEGORY_LABELS[r.category]}, ${longDate(r.date)}`,
      values: [r.need.p50, r.inHouseCapacity, r.external.p50, r.external.p90],
    }));
    return {
      status: 'ok',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Places to commission externally = forecast need minus what the council’s own carers and homes can provide at their usual occupancy.',
        },
        {
          kind: 'counts',
          caption: 'Forecast need, in-house capacity and places to commission',
          unitLabel: 'Placement type and date',
          columns: [
            'Need (median)',
            'In-house capacity',
            'To commission (median)',
            'To commission (high, P90)',
          ],
          rows,
          notes: ['Modelled figures, rounded; small figures are shown as c all the same.'],
        },
        {
          kind: 'amounts',
          caption: 'Cost of external placements a year',
          rowHeading: 'Year',
          columns: ['Median', 'High (P90)'],
          rows: table.totals.map((t) => ({ label: `Year ${t.year}`, values: [t.cost.p50, t.cost.p90] })),
        },
      ],
    };
  },
};

/** "Costs": the weekly unit costs the gap uses, external and in-house, and where each comes from. */
export const costsProvider: SectionProvider = {
  section: 'costs',
  async provide(context): Promise<ProvidedSection> {
    if (!context.forecast)
      return {
        status: 'unavailable',
        reason: 'costs are projected from the demand forecast, which is not available.',
      };
    const local = await localData(context);
    if (typeof local === 'string') return { status: 'unavailable', reason: local };
    const costs = gapSetup(local, context.timelines, context.forecast).unitCosts;
    const categories = Object.keys(CATEGORY_LABELS) as ModelCategory[];
    const source = {
      default: 'sector default',
      local: 'our placements (median)',
      input: 'set by us',
    } as const;
    return {
      status: 'ok',
      blocks: [
        {
          kind: 'amounts',
          caption: 'Weekly cost of a placement',
          rowHeading: 'Placement type',
          columns: ['External', 'In-house'],
          rows: categories.map((c) => ({
            label: CATEGORY_LABELS[c],
            values: [costs.external.weekly[c], costs.inHouse.weekly[c]],
          })),
          roundTo: 10,
          notes: [
            `Where the figures come from: ${categories
              .map(
                (c) =>
                  `${CATEGORY_LABELS[c]} ${source[costs.external.source[c]]} / ${source[costs.inHouse.source[c]]}`,
              )
              .join('; ')}.`,
          ],
        },
      ],
    };
  },
};
