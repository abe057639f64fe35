import type { LocalTemplate } from './local-template.ts';
import { endBeforeStart } from './row-checks.ts';

/** Where care leavers aged 18 to 25 live, joined to the 903 OC3 return by child id. */
export const CARE_LEAVER_ACCOMMODATION: LocalTemplate<'careLeaverAccommodation'> = {
  kind: 'careLeaverAccommodation',
  slug: 'care-leaver-accommodation',
  fileName: 'care-leaver-accommodation.csv',
  title: "Care leavers' accommodation",
  description:
    'One row per spell of accommodation of a care leaver aged 18 to 25: the type, start and end, and its weekly cost to the council.',
  childLevel: true,
  personal: true,
  key: ['childId', 'start'],
  rules: ['end_date is not before start_date'],
  columns: [
    {
      name: 'child_id',
      field: 'childId',
      type: 'id',
      required: true,
      description: 'The child id used in the 903 return (OC3).',
      example: 'C0907',
    },
    {
      name: 'accommodation_type',
      field: 'type',
      type: 'code',
      required: true,
      description: 'Where the young person lives.',
      example: 'staying-put',
      codes: [
        { code: 'staying-put', label: 'Staying put' },
        { code: 'supported-lodgings', label: 'Supported lodgings' },
        { code: 'supported-accommodation', label: 'Supported accommodation' },
        { code: 'social-housing', label: 'Council or social housing' },
        { code: 'independent', label: 'Independent living' },
        { code: 'custody', label: 'Custody' },
        { code: 'unknown', label: 'Unknown' },
      ],
    },
    {
      name: 'start_date',
      field: 'start',
      type: 'date',
      required: true,
      description: 'Date the young person moved in.',
      example: '12/08/2023',
    },
    {
      name: 'end_date',
      field: 'end',
      type: 'date',
      required: false,
      description: 'Date they moved out (blank if still there).',
      example: '',
    },
    {
      name: 'weekly_cost',
      field: 'weeklyCost',
      type: 'number',
      unit: 'pounds',
      min: 0,
      max: 100000,
      required: false,
      description: 'Weekly cost to the council, pounds (blank if none or not known).',
      example: '350',
    },
  ],
  rowChecks: (r) => endBeforeStart(r.start, r.end, { start: 'start_date', end: 'end_date' }),
};
