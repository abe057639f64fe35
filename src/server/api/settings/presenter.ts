import type { CouncilSettings } from '../../../app/index.ts';
import { CATEGORY_LABELS } from '../../../care/index.ts';

export function presentSettings(s: CouncilSettings) {
  return {
    councilCode: s.councilCode,
    displayName: s.displayName,
    contactEmail: s.contactEmail,
    populationUnder18: s.populationUnder18,
    categoryMapping: s.categoryMapping.map((r) => ({
      category: r.category,
      placementTypes: [...r.placementTypes],
      ...(r.providers ? { providers: [...r.providers] } : {}),
    })),
    categoryMappingIsDefault: s.categoryMappingIsDefault,
    categories: Object.entries(CATEGORY_LABELS).map(([category, label]) => ({ category, label })),
    postcodeDirectoryVersion: s.postcodeDirectoryVersion,
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}
