/** An action of the strategy as it stood when an edition was published. */
export interface ActionSnapshot {
  id: string;
  title: string;
  priority: string;
  status: 'not-started' | 'in-progress' | 'done' | 'dropped';
  rag: 'red' | 'amber' | 'green' | null;
}

export interface ActionChanges {
  added: ActionSnapshot[];
  completed: ActionSnapshot[];
  dropped: ActionSnapshot[];
  removed: ActionSnapshot[];
  ragChanged: { action: ActionSnapshot; from: ActionSnapshot['rag']; to: ActionSnapshot['rag'] }[];
}

/**
 * What happened to the action plan between two editions: actions added, completed (done now, not before),
 * dropped, taken out of the plan, and RAG ratings that moved. Matched by action id.
 *
 * ### Example
 * ```ts
 * actionChanges([{ id: '1', rag: 'amber', status: 'in-progress', … }], [{ id: '1', rag: 'green', status: 'done', … }])
 * // { completed: [action 1], ragChanged: [{ from: 'amber', to: 'green' }], added: [], dropped: [], removed: [] }
 * ```
 */
export function actionChanges(
  previous: readonly ActionSnapshot[],
  current: readonly ActionSnapshot[],
): ActionChanges {
  const before = new Map(previous.map((a) => [a.id, a]));
  const now = new Set(current.map((a) => a.id));
  const out: ActionChanges = { added: [], completed: [], dropped: [], removed: [], ragChanged: [] };
  for (const action of current) {
    const old = before.get(action.id);
    if (!old) {
      out.added.push(action);
      continue;
    }
    if (action.status === 'done' && old.status !== 'done') out.completed.push(action);
    if (action.status === 'dropped' && old.status !== 'dropped') out.dropped.push(action);
    if (action.rag !== old.rag) out.ragChanged.push({ action, from: old.rag, to: action.rag });
  }
  out.removed = previous.filter((a) => !now.has(a.id));
  return out;
}
