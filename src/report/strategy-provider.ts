import { strategySummary } from '../plan/index.ts';
import type { SectionProvider } from './section-provider.ts';
import { strategySection } from './strategy-blocks.ts';

/** The statement's "Strategy priorities and progress" from plan/ (needs the database). */
export const strategyProvider: SectionProvider = {
  section: 'strategy-progress',
  async provide(context) {
    if (!context.db)
      return { status: 'unavailable', reason: 'the strategy is kept in the database, which was not given.' };
    const summary = await strategySummary(context.db, context.councilCode, context.asAt);
    return { status: 'ok', blocks: strategySection(summary) };
  },
};
