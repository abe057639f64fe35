import { type EditionStatus, type EditionStep, STATUS_LABELS, STEP_RULES } from './edition-status.ts';

/** The facts about an edition a step is judged on. */
export interface EditionState {
  status: EditionStatus;
  /** Who saved the narrative last (or created the edition, when nobody has edited it yet). */
  lastEditedBy: string;
}

/** Who is asking: their username and what their roles allow. */
export interface StepActor {
  username: string;
  /** May edit statements (commissioners). */
  canEdit: boolean;
  /** May approve and publish statements (commissioners and admins). */
  canApprove: boolean;
}

export type StepRefusal =
  | { ok: false; reason: 'forbidden'; message: string }
  | { ok: false; reason: 'wrong-status'; message: string }
  | { ok: false; reason: 'four-eyes'; message: string };

export type StepDecision = { ok: true; status: EditionStatus } | StepRefusal;

const PERMISSION: Record<EditionStep, 'canEdit' | 'canApprove'> = {
  edit: 'canEdit',
  submit: 'canEdit',
  withdraw: 'canEdit',
  approve: 'canApprove',
  publish: 'canApprove',
};

const VERBS: Record<EditionStep, string> = {
  edit: 'edited',
  submit: 'sent for review',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

/**
 * Whether `actor` may take `step` on an edition, and the status it leads to. Approval needs a second
 * person: the approver must not be the one who last edited the narrative (four eyes).
 *
 * ### Example
 * ```ts
 * decideStep({ status: 'in-review', lastEditedBy: 'cora' }, 'approve', { username: 'cora', canEdit: true, canApprove: true })
 * // { ok: false, reason: 'four-eyes', message: 'cora edited this edition last: another person must approve it.' }
 * ```
 */
export function decideStep(edition: EditionState, step: EditionStep, actor: StepActor): StepDecision {
  if (!actor[PERMISSION[step]]) {
    return {
      ok: false,
      reason: 'forbidden',
      message: `Your role does not allow an edition to be ${VERBS[step]}.`,
    };
  }
  const rule = STEP_RULES[step];
  if (!rule.from.includes(edition.status)) {
    const allowed = rule.from.map((s) => STATUS_LABELS[s].toLowerCase()).join(' or ');
    return {
      ok: false,
      reason: 'wrong-status',
      message: `This edition is ${STATUS_LABELS[edition.status].toLowerCase()}: only an edition that is ${allowed} can be ${VERBS[step]}.`,
    };
  }
  if (step === 'approve' && edition.lastEditedBy === actor.username) {
    return {
      ok: false,
      reason: 'four-eyes',
      message: `${actor.username} edited this edition last: another person must approve it.`,
    };
  }
  return { ok: true, status: rule.to ?? edition.status };
}
