import { describe, expect, it } from 'vitest';
import { type ActionSnapshot, actionChanges } from './action-changes.ts';

const action = (
  id: string,
  status: ActionSnapshot['status'],
  rag: ActionSnapshot['rag'],
): ActionSnapshot => ({
  id,
  title: `Action ${id}`,
  priority: 'More in-house foster carers',
  status,
  rag,
});

describe('actionChanges', () => {
  it('finds added, completed, dropped, removed actions and RAG changes', () => {
    const previous = [
      action('1', 'in-progress', 'amber'),
      action('2', 'in-progress', 'green'),
      action('3', 'not-started', 'red'),
      action('4', 'done', 'green'),
    ];
    const current = [
      action('1', 'done', 'green'), // completed, amber → green
      action('2', 'in-progress', 'green'), // no change
      action('3', 'dropped', 'red'), // dropped
      action('5', 'not-started', null), // new
    ];
    const changes = actionChanges(previous, current);
    expect(changes.added.map((a) => a.id)).toEqual(['5']);
    expect(changes.completed.map((a) => a.id)).toEqual(['1']);
    expect(changes.dropped.map((a) => a.id)).toEqual(['3']);
    expect(changes.removed.map((a) => a.id)).toEqual(['4']);
    expect(changes.ragChanged.map((c) => [c.action.id, c.from, c.to])).toEqual([['1', 'amber', 'green']]);
  });
});
