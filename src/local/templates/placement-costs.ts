import type { PlacementCost } from '../records.ts';
import type { LocalTemplate, RowProblem } from './local-template.ts';
import { endBeforeStart } from './row-checks.ts';

/** How far the three funding shares may sum from 1 (rounding in spreadsheets). */
export const SHARE_TOLERANCE = 0.01;

/** What each placement costs and who pays, joined to the 903 by child and placement start. */
export const PLACEMENT_COSTS: LocalTemplate<'placementCosts'> = {
  kind: 'placementCosts',
  slug: 'placement-costs',
  fileName: 'placement-costs.csv',
  title: 'Placement costs',
  description:
    'One row per placement (as in the 903: child and start date) with its weekly cost and how it is shared between social care, health and education.',
  childLevel: true,
  personal: true,
  key: ['childId', 'placementStart'],
  rules: [
    'placement_end is not before placement_start',
    'social_care_share + health_share + education_share = 1 (±0.01)',
  ],
  columns: [
    {
      name: 'child_id',
      field: 'childId',
      type: 'id',
      required: true,
      description: 'The child id used in the 903 return.',
      example: 'C1001',
    },
    {
      name: 'placement_start',
      field: 'placementStart',
      type: 'date',
      required: true,
      description: 'Start date of the placement (the 903 episode start, DECOM).',
      example: '01/06/2024',
    },
    {
      name: 'placement_end',
      field: 'placementEnd',
      type: 'date',
      required: false,
      description: 'End date of the placement (blank while it continues).',
      example: '',
    },
    {
      name: 'provider_id',
      field: 'providerId',
      type: 'id',
      required: false,
      description: 'The provider paid (provider_id from the providers file, or a URN); blank for in-house.',
      example: 'P001',
    },
    {
      name: 'weekly_cost',
      field: 'weeklyCost',
      type: 'number',
      unit: 'pounds',
      min: 0,
      max: 100000,
      required: true,
      description: 'Total weekly cost, pounds.',
      example: '5200',
    },
    {
      name: 'social_care_share',
      field: 'socialCareShare',
      type: 'number',
      unit: 'share',
      min: 0,
      max: 1,
      required: true,
      description: "Share paid by children's social care (the three shares sum to 1).",
      example: '0.8',
    },
    {
      name: 'health_share',
      field: 'healthShare',
      type: 'number',
      unit: 'share',
      min: 0,
      max: 1,
      required: true,
      description: 'Share paid by health.',
      example: '0.1',
    },
    {
      name: 'education_share',
      field: 'educationShare',
      type: 'number',
      unit: 'share',
      min: 0,
      max: 1,
      required: true,
      description: 'Share paid by education.',
      example: '0.1',
    },
  ],
  rowChecks: (r) => [
    ...endBeforeStart(r.placementStart, r.placementEnd, { start: 'placement_start', end: 'placement_end' }),
    ...sharesSumToOne(r),
  ],
};

function sharesSumToOne(r: PlacementCost): RowProblem[] {
  const sum = r.socialCareShare + r.healthShare + r.educationShare;
  if (Math.abs(sum - 1) <= SHARE_TOLERANCE) return [];
  return [
    {
      code: 'shares-not-one',
      column: 'social_care_share',
      value: `${r.socialCareShare} + ${r.healthShare} + ${r.educationShare} = ${Math.round(sum * 1000) / 1000}`,
      problem: 'the funding shares do not sum to 1',
      expected: `social_care_share + health_share + education_share = 1 (±${SHARE_TOLERANCE})`,
      fix: 'Write each share as a fraction of the weekly cost, e.g. 0.8, 0.1 and 0.1.',
    },
  ];
}
