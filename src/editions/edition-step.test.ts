import { describe, expect, it } from 'vitest';
import { decideStep, type StepActor } from './edition-step.ts';

const cora: StepActor = { username: 'cora', canEdit: true, canApprove: true };
const adam: StepActor = { username: 'adam', canEdit: false, canApprove: true };
const vic: StepActor = { username: 'vic', canEdit: false, canApprove: false };

describe('decideStep', () => {
  it('walks draft → in review → approved → published', () => {
    expect(decideStep({ status: 'draft', lastEditedBy: 'cora' }, 'submit', cora)).toEqual({
      ok: true,
      status: 'in-review',
    });
    expect(decideStep({ status: 'in-review', lastEditedBy: 'cora' }, 'approve', adam)).toEqual({
      ok: true,
      status: 'approved',
    });
    expect(decideStep({ status: 'approved', lastEditedBy: 'cora' }, 'publish', cora)).toEqual({
      ok: true,
      status: 'published',
    });
  });

  it('needs a second person to approve (four eyes)', () => {
    expect(decideStep({ status: 'in-review', lastEditedBy: 'cora' }, 'approve', cora)).toEqual({
      ok: false,
      reason: 'four-eyes',
      message: 'cora edited this edition last: another person must approve it.',
    });
  });

  it('refuses edits once approved or published, and steps out of order', () => {
    expect(decideStep({ status: 'approved', lastEditedBy: 'cora' }, 'edit', cora)).toMatchObject({
      ok: false,
      reason: 'wrong-status',
      message: 'This edition is approved: only an edition that is draft or in review can be edited.',
    });
    expect(decideStep({ status: 'published', lastEditedBy: 'cora' }, 'withdraw', cora)).toMatchObject({
      reason: 'wrong-status',
    });
    expect(decideStep({ status: 'draft', lastEditedBy: 'cora' }, 'publish', adam)).toMatchObject({
      reason: 'wrong-status',
    });
  });

  it('lets a draft be withdrawn by an editor, and refuses roles without the permission', () => {
    expect(decideStep({ status: 'draft', lastEditedBy: 'cora' }, 'withdraw', cora)).toEqual({
      ok: true,
      status: 'withdrawn',
    });
    expect(decideStep({ status: 'draft', lastEditedBy: 'cora' }, 'edit', adam)).toMatchObject({
      reason: 'forbidden',
    });
    expect(decideStep({ status: 'in-review', lastEditedBy: 'cora' }, 'approve', vic)).toMatchObject({
      reason: 'forbidden',
    });
  });
});
