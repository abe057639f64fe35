import type { CouncilUnitCosts, SavedScenario } from '../../../app/index.ts';

export function presentScenario(s: SavedScenario) {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    levers: s.file.levers,
    described: s.levers,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function presentCosts(c: CouncilUnitCosts) {
  return {
    weekly: c.assumptions.weekly,
    inflation: c.assumptions.inflation,
    source: c.assumptions.source,
    isDefault: c.isDefault,
    updatedBy: c.updatedBy,
    updatedAt: c.updatedAt ? c.updatedAt.toISOString() : null,
  };
}
