import type { EpochDay } from '../dates/index.ts';

/**
 * The sufficiency strategy as the council writes it: priorities, actions under each, and dated progress
 * updates. Dates are epoch days; ids are the database's.
 */

export type ActionStatus = 'not-started' | 'in-progress' | 'done' | 'dropped';

export const ACTION_STATUSES: readonly ActionStatus[] = ['not-started', 'in-progress', 'done', 'dropped'];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** Red, amber or green: how an action is going. */
export type Rag = 'red' | 'amber' | 'green';

export const RAGS: readonly Rag[] = ['red', 'amber', 'green'];

export interface Priority {
  id: number;
  councilCode: string;
  /** Order in the strategy, 1 first. */
  position: number;
  title: string;
  description: string;
  updatedBy: string;
  updatedAt: Date;
}

/** A user's RAG rating that replaces the suggested one, with their reason (shown beside it). */
export interface RagOverride {
  rag: Rag;
  reason: string;
}

export interface Action {
  id: number;
  councilCode: string;
  priorityId: number;
  title: string;
  description: string;
  owner: string;
  partners: string[];
  startDate: EpochDay | null;
  dueDate: EpochDay | null;
  status: ActionStatus;
  ragOverride: RagOverride | null;
  updatedBy: string;
  updatedAt: Date;
}

export interface ProgressUpdate {
  id: number;
  councilCode: string;
  actionId: number;
  /** The day the progress is reported for. */
  date: EpochDay;
  text: string;
  /** What shows the progress: a sentence, and a link to the document if there is one. */
  evidence: { text: string; url: string | null };
  updatedBy: string;
  updatedAt: Date;
}
