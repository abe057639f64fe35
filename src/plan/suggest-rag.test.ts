import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { actionRag, suggestRag } from './suggest-rag.ts';

// Today is 1 April 2026 throughout; days counted by hand from it.
const today = day(2026, 4, 1);

describe('suggestRag', () => {
  it('is red when the due date has passed and the action is not done', () => {
    expect(suggestRag({ status: 'in-progress', dueDate: day(2026, 3, 31) }, today)).toEqual({
      rag: 'red',
      reason: 'Overdue: was due 31/03/2026',
    });
    expect(suggestRag({ status: 'not-started', dueDate: day(2025, 12, 1) }, today).rag).toBe('red');
  });

  it('is amber when due within 30 days (today up to 1 May 2026), green from 31 days', () => {
    expect(suggestRag({ status: 'in-progress', dueDate: today }, today).rag).toBe('amber');
    // 1 May 2026 is 30 days after 1 April 2026.
    expect(suggestRag({ status: 'not-started', dueDate: day(2026, 5, 1) }, today)).toEqual({
      rag: 'amber',
      reason: 'Due within 30 days (01/05/2026)',
    });
    expect(suggestRag({ status: 'not-started', dueDate: day(2026, 5, 2) }, today)).toEqual({
      rag: 'green',
      reason: 'On schedule: due 02/05/2026',
    });
  });

  it('is green when done, even overdue; a dropped action is not rated; no due date is green', () => {
    expect(suggestRag({ status: 'done', dueDate: day(2025, 1, 1) }, today).rag).toBe('green');
    expect(suggestRag({ status: 'dropped', dueDate: day(2025, 1, 1) }, today).rag).toBeNull();
    expect(suggestRag({ status: 'in-progress', dueDate: null }, today).rag).toBe('green');
  });
});

describe('actionRag', () => {
  it('shows the override and keeps the suggestion beside it', () => {
    const rag = actionRag(
      {
        status: 'in-progress',
        dueDate: day(2026, 3, 1),
        ragOverride: { rag: 'amber', reason: 'Agreed extension' },
      },
      today,
    );
    expect(rag).toEqual({
      rag: 'amber',
      suggested: { rag: 'red', reason: 'Overdue: was due 01/03/2026' },
      override: { rag: 'amber', reason: 'Agreed extension' },
    });
  });
});
