import type { EpochDay } from '../../dates/index.ts';
import type { Rng } from '../rng.ts';

/**
 * Yearly chance that a foster carer household deregisters, by the oldest carer's age: carers over 60 retire
 * (sector.md: 65% of carers are over 50 and more leave than are approved each year). Illustrative values,
 * not a published table: they give a workforce that ages and a leaving rate that rises with age.
 */
export function deregistrationHazard(age: number): number {
  if (age < 40) return 0.08;
  if (age < 50) return 0.09;
  if (age < 60) return 0.11;
  if (age < 65) return 0.2;
  if (age < 70) return 0.35;
  return 0.6;
}

/** Age of the oldest main carer on a day, from their age at approval. */
export function carerAgeOn(ageAtApproval: number, approved: EpochDay, on: EpochDay): number {
  return ageAtApproval + (on - approved) / 365.25;
}

/** Age of the oldest carer at approval: mainstream carers mostly in their 40s, kinship carers often grandparents. */
export function carerAgeAtApproval(rng: Rng, kinship: boolean): number {
  const age = kinship ? 52 + 10 * rng.normal() : 47 + 7 * rng.normal();
  return Math.round(Math.min(kinship ? 75 : 68, Math.max(kinship ? 21 : 25, age)));
}
