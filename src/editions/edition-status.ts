/**
 * A statement edition's life: drafted, sent for review, approved (four eyes), published (frozen and dated).
 * A draft or an edition in review can be withdrawn instead. Approved and published editions never change.
 */
export type EditionStatus = 'draft' | 'in-review' | 'approved' | 'published' | 'withdrawn';

/** What a user can do to an edition. */
export type EditionStep = 'edit' | 'submit' | 'approve' | 'publish' | 'withdraw';

export const EDITION_STATUSES: readonly EditionStatus[] = [
  'draft',
  'in-review',
  'approved',
  'published',
  'withdrawn',
];

export const STATUS_LABELS: Record<EditionStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

/** Where each step may start from and where it leads ('edit' leaves the status as it is). */
export const STEP_RULES: Record<EditionStep, { from: readonly EditionStatus[]; to: EditionStatus | null }> = {
  edit: { from: ['draft', 'in-review'], to: null },
  submit: { from: ['draft'], to: 'in-review' },
  approve: { from: ['in-review'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  withdraw: { from: ['draft', 'in-review'], to: 'withdrawn' },
};

/** Statuses whose content is frozen: the store refuses any change to their narrative. */
export function isFrozen(status: EditionStatus): boolean {
  return status === 'approved' || status === 'published' || status === 'withdrawn';
}

/** An edition still being worked on (at most one per council). */
export function isOpen(status: EditionStatus): boolean {
  return status === 'draft' || status === 'in-review' || status === 'approved';
}
