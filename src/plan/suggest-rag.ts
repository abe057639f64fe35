import { type EpochDay, formatUkDate } from '../dates/index.ts';
import type { Action, Rag } from './strategy.ts';

/** An action due within this many days, and not done, is amber. */
export const AMBER_WINDOW_DAYS = 30;

export interface RagSuggestion {
  /** null for a dropped action: it is no longer rated. */
  rag: Rag | null;
  /** Why, in a sentence a user reads. */
  reason: string;
}

/**
 * The RAG rating the dates and status suggest on `today`: done → green; dropped → not rated; overdue (due
 * before today, not done) → red; due within 30 days → amber; otherwise green.
 *
 * ### Example
 * ```ts
 * suggestRag({ status: 'in-progress', dueDate: day(2026, 3, 31) }, day(2026, 4, 1)).rag // 'red'
 * ```
 */
export function suggestRag(action: Pick<Action, 'status' | 'dueDate'>, today: EpochDay): RagSuggestion {
  if (action.status === 'done') return { rag: 'green', reason: 'Done' };
  if (action.status === 'dropped') return { rag: null, reason: 'Dropped: not rated' };
  const due = action.dueDate;
  if (due === null) return { rag: 'green', reason: 'No due date set' };
  if (due < today) return { rag: 'red', reason: `Overdue: was due ${formatUkDate(due)}` };
  const days = due - today;
  if (days <= AMBER_WINDOW_DAYS)
    return { rag: 'amber', reason: `Due within ${AMBER_WINDOW_DAYS} days (${formatUkDate(due)})` };
  return { rag: 'green', reason: `On schedule: due ${formatUkDate(due)}` };
}

export interface ActionRag {
  /** What is shown: the override when there is one, else the suggestion. */
  rag: Rag | null;
  suggested: RagSuggestion;
  /** Set when a user overrode the suggestion (and the override differs from nothing: always shown). */
  override: { rag: Rag; reason: string } | null;
}

/** The rating shown for an action: a user's override wins, and the suggestion stays visible beside it. */
export function actionRag(
  action: Pick<Action, 'status' | 'dueDate' | 'ragOverride'>,
  today: EpochDay,
): ActionRag {
  const suggested = suggestRag(action, today);
  const override = action.ragOverride;
  return { rag: override ? override.rag : suggested.rag, suggested, override };
}
