import type { ModelCategory } from '../forecast/index.ts';
import { DEFAULT_BLOCK_THRESHOLD } from './commissioning-plan.ts';
import type { Recruitment } from './fostering-projection.ts';
import type { GapSetup } from './gap.ts';

/** What a plan was computed from, saved beside it so a version can be explained later. */
export interface PlanInputs {
  forecast: { years: number; paths: number; seed: number; entries: string };
  blockThreshold: number;
  targetOccupancy: Record<ModelCategory, number>;
  weeklyCosts: { external: Record<ModelCategory, number>; inHouse: Record<ModelCategory, number> };
  recruitment: Recruitment[];
}

/** The inputs of a plan computed from `setup` with a forecast made with `forecast`. */
export function planInputs(
  setup: GapSetup,
  forecast: PlanInputs['forecast'],
  blockThreshold = DEFAULT_BLOCK_THRESHOLD,
): PlanInputs {
  return {
    forecast: { ...forecast },
    blockThreshold,
    targetOccupancy: { ...setup.targetOccupancy },
    weeklyCosts: {
      external: { ...setup.unitCosts.external.weekly },
      inHouse: { ...setup.unitCosts.inHouse.weekly },
    },
    recruitment: setup.recruitment.map((r) => ({ ...r })),
  };
}
