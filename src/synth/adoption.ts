import type { EpochDay } from '../dates/index.ts';
import { ADOPTION_DAYS } from './calibration.ts';
import type { Rng } from './rng.ts';
import type { SimAdoption } from './sim-types.ts';

export interface AdoptionPath {
  adoption: SimAdoption;
  /** LS E1: the placement order. */
  placementOrder: EpochDay;
  /** Placed with the adopters (A5/A6). */
  placed: EpochDay;
  /** The adoption order: the period ends E11/E12. */
  order: EpochDay;
  /** The plan changed after the decision (the decision ceased, RD3/RD4): the child stays in care. */
  changedPlan: boolean;
  fosteringForAdoption: boolean;
}

function after(rng: Rng, from: EpochDay, p: { median: number; sigma: number }): EpochDay {
  return from + Math.max(1, Math.round(rng.lognormal(p.median, p.sigma)));
}

/** The adopters: mostly couples (MF married L11 or not L3), some single (L0) and same-sex (L12/L2/L4) adopters. */
function adopters(rng: Rng): Pick<SimAdoption, 'adopters' | 'adopterSex' | 'adopterLegalStatus'> {
  const u = rng.float();
  if (u < 0.12) return { adopters: 1, adopterSex: 'F1', adopterLegalStatus: 'L0' };
  if (u < 0.15) return { adopters: 1, adopterSex: 'M1', adopterLegalStatus: 'L0' };
  if (u < 0.87) return { adopters: 2, adopterSex: 'MF', adopterLegalStatus: rng.chance(0.75) ? 'L11' : 'L3' };
  const status = rng.weighted([
    ['L12', 50],
    ['L2', 30],
    ['L4', 20],
  ] as const);
  return { adopters: 2, adopterSex: u < 0.93 ? 'FF' : 'MM', adopterLegalStatus: status };
}

/**
 * The adoption timeline from the start of care: agency decision (DATE_INT) at ~5 months, placement
 * order at ~9–10, match ~4 months later, placed ~3 weeks after, order ~8 months after that
 * (national averages give ~18–24 months from entry to adoption).
 */
export function adoptionPath(rng: Rng, start: EpochDay, fosteringForAdoption: boolean): AdoptionPath {
  const decision = after(rng, start, ADOPTION_DAYS.decision);
  const placementOrder = Math.max(decision + 14, after(rng, start, ADOPTION_DAYS.placementOrder));
  const match = after(rng, placementOrder, ADOPTION_DAYS.match);
  const placed = fosteringForAdoption ? match + 1 : after(rng, match, ADOPTION_DAYS.placed);
  const order = after(rng, placed, ADOPTION_DAYS.order);
  const changedPlan = !fosteringForAdoption && rng.chance(ADOPTION_DAYS.planChanges);
  const ceased = changedPlan ? after(rng, placementOrder, { median: 150, sigma: 0.4 }) : null;
  return {
    adoption: {
      decision,
      match: changedPlan ? null : match,
      ceased,
      reasonCeased: changedPlan
        ? rng.weighted([
            ['RD3', 60],
            ['RD4', 40],
          ] as const)
        : null,
      byFosterCarer: fosteringForAdoption || rng.chance(0.08),
      ...adopters(rng),
    },
    placementOrder,
    placed,
    order,
    changedPlan,
    fosteringForAdoption,
  };
}
