/**
 * The six priorities of a typical placement sufficiency strategy (a city council's 2025–30 strategy, in
 * docs/strategy.md and the shared sector notes), offered to seed a council's first strategy. The council
 * edits, reorders or removes them afterwards.
 */
export const DEFAULT_PRIORITIES: readonly { title: string; description: string }[] = [
  {
    title: 'Edge of care',
    description:
      'Keep children at home or reunify them safely: family therapy, and mental health support that reduces placement breakdown.',
  },
  {
    title: 'Stability and permanence',
    description: 'Reunification, kinship care, special guardianship and timely adoption.',
  },
  {
    title: 'More in-house foster carers',
    description:
      'Recruit mainstream, enhanced and specialist carers above past levels; more children living locally; sibling groups kept together.',
  },
  {
    title: 'Fewer out-of-area placements',
    description:
      "Fewer out-of-area children's homes and independent fostering agency placements; more in-house homes.",
  },
  {
    title: 'Smarter commissioning',
    description:
      'One consistent tool for assessing need; a five-year commissioning plan from predicted need, reviewed every year; regional work with neighbouring councils.',
  },
  {
    title: 'Care leavers and children seeking safety',
    description:
      'More and better supported accommodation for care leavers up to 25; an offer for unaccompanied children seeking asylum; supported lodgings.',
  },
];
