import { type EpochDay, formatIsoDate } from '../../../dates/index.ts';
import type { PlanVersion, PlanVersionSummary } from '../../../store/index.ts';
import {
  CARER_AGE_BANDS,
  type CapacityView,
  type CommissioningPlan,
  type GapDifference,
  type GapSetup,
  type GapTable,
  HOME_TYPES,
  type MarketView,
  type PlanInputs,
  type RequestSummary,
} from '../../../supply/index.ts';

const iso = (d: EpochDay) => formatIsoDate(d);

/** A gap table for the API: dates as yyyy-mm-dd, with the unit costs and occupancy it used. */
export function presentGap(table: GapTable, setup: GapSetup) {
  return {
    origin: iso(table.origin),
    scenario: table.scenario,
    rows: table.rows.map((r) => ({ ...r, date: iso(r.date) })),
    totals: table.totals,
    capacity: table.capacity.years.map((y) => ({
      year: y.year,
      from: iso(y.from),
      to: iso(y.to),
      fosteringPlaces: y.fosteringPlaces,
      childrensHomeBeds: y.childrensHomeBeds,
      supportedBeds: y.supportedBeds,
    })),
    recruitment: table.recruitment,
    unitCosts: setup.unitCosts,
    targetOccupancy: setup.targetOccupancy,
  };
}

export function presentDifference(difference: GapDifference) {
  return difference;
}

export function presentCapacity(view: CapacityView) {
  const f = view.fostering;
  return {
    origin: iso(view.origin),
    fostering: {
      onOrigin: f.onOrigin,
      yearToOrigin: {
        from: iso(f.yearToOrigin.from),
        to: iso(f.yearToOrigin.to),
        days: f.yearToOrigin.days,
        usablePlaceDays: f.yearToOrigin.usablePlaceDays,
        approvedPlaceDays: f.yearToOrigin.approvedPlaceDays,
        averageUsable: f.yearToOrigin.averageUsable,
        averageApproved: f.yearToOrigin.averageApproved,
      },
      occupancy: {
        children: f.occupancy.children,
        usablePlaces: f.occupancy.usablePlaces,
        approvedPlaces: f.occupancy.approvedPlaces,
        ofUsable: f.occupancy.ofUsable,
        ofApproved: f.occupancy.ofApproved,
      },
      risk: {
        from: iso(f.risk.from),
        to: iso(f.risk.to),
        bands: CARER_AGE_BANDS.map((b) => f.risk.bands[b]),
      },
      recruitment: f.recruitment,
      projection: f.projection.map((p) => ({ ...p, date: iso(p.date) })),
      history: f.history.map((h) => ({ ...h, from: iso(h.from), to: iso(h.to) })),
    },
    homes: {
      bedsOnOrigin: view.homes.bedsOnOrigin,
      pipeline: view.homes.pipeline.map((h) => ({
        homeId: h.homeId,
        name: h.name,
        type: h.type,
        beds: h.beds,
        opens: iso(h.opens),
      })),
      years: view.homes.years.map((y) => ({
        year: y.year,
        from: iso(y.from),
        to: iso(y.to),
        averageBeds: Object.fromEntries(HOME_TYPES.map((t) => [t, y.byType[t].averageBeds])),
      })),
    },
  };
}

export function presentRequests(summary: RequestSummary) {
  return { ...summary, from: iso(summary.from), to: iso(summary.to) };
}

/** The market; the top-cost list names children, so it is null unless `withChildren`. */
export function presentMarket(view: MarketView, withChildren: boolean) {
  return {
    on: iso(view.on),
    providers: view.providers,
    prices: view.prices,
    topCost: {
      current: view.topCost.current,
      thresholds: view.topCost.thresholds,
      placements: withChildren
        ? view.topCost.placements.map((p) => ({ ...p, placementStart: iso(p.placementStart) }))
        : null,
    },
    spendShare: { ...view.spendShare, from: iso(view.spendShare.from), to: iso(view.spendShare.to) },
    requests: presentRequests(view.requests),
  };
}

export function presentPlan(plan: CommissioningPlan) {
  return { ...plan, origin: iso(plan.origin) };
}

export function presentVersionSummary(v: PlanVersionSummary) {
  return {
    version: v.version,
    origin: iso(v.origin),
    note: v.note,
    createdBy: v.createdBy,
    createdAt: new Date(v.createdAt).toISOString(),
  };
}

export function presentVersion(v: PlanVersion<PlanInputs, CommissioningPlan>) {
  return { ...presentVersionSummary(v), inputs: v.inputs, plan: presentPlan(v.plan) };
}
