import type { LocalTemplate } from './local-template.ts';

/** The placement budget by category and financial year. */
export const BUDGET: LocalTemplate<'budget'> = {
  kind: 'budget',
  slug: 'budget',
  fileName: 'placement-budget.csv',
  title: 'Placement budget',
  description:
    'One row per budget category and financial year (April to March, named by the year it starts: 2025 = 2025/26), in pounds.',
  childLevel: false,
  personal: false,
  key: ['financialYear', 'category'],
  rules: [],
  columns: [
    {
      name: 'financial_year',
      field: 'financialYear',
      type: 'integer',
      min: 2000,
      max: 2100,
      required: true,
      description: 'The year the financial year starts: 2025 for April 2025 to March 2026.',
      example: '2025',
    },
    {
      name: 'category',
      field: 'category',
      type: 'code',
      required: true,
      description: 'Budget category.',
      example: 'fostering',
      codes: [
        { code: 'fostering', label: 'Fostering' },
        { code: 'residential', label: 'Residential' },
        { code: 'supported', label: 'Supported accommodation' },
        { code: 'other', label: 'Other placements' },
        { code: 'care-leavers', label: 'Care leavers' },
      ],
    },
    {
      name: 'amount',
      field: 'amount',
      type: 'number',
      unit: 'pounds',
      min: 0,
      max: 10_000_000_000,
      required: true,
      description: 'Budget for the year, pounds.',
      example: '12500000',
    },
  ],
  rowChecks: () => [],
};
