import type { Command } from 'commander';
import { councilTimelines } from '../../app/council-timelines.ts';
import { formatTimeline } from '../../care/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption } from '../options.ts';

export function registerChildCommand(program: Command): void {
  program
    .command('child')
    .description("Print one child's care history: periods of care, placements, distances and findings")
    .argument('<id>', 'the CHILD identifier used in the 903')
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .action(async (id: string, options: { council: string }) => {
      const council = councilOption(options.council);
      const timelines = await withDatabase((db) => councilTimelines(db, council.code));
      const timeline = timelines.find((t) => t.childId === id);
      if (!timeline)
        throw new CliError(`child "${id}": not in any active import for ${council.name} (${council.code})`);
      process.stdout.write(`${formatTimeline(timeline)}\n`);
    });
}
