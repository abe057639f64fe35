import type { Kysely } from 'kysely';
import { type ActionSnapshot, type EditionFigure, editionChanges } from '../../../editions/index.ts';
import {
  type Database,
  findPublication,
  lastPublishedEdition,
  type StatementEdition,
} from '../../../store/index.ts';

/** What changed in an edition (live figures for one in progress, frozen ones once published) since the last published. */
export async function changesSinceLastPublished(
  db: Kysely<Database>,
  edition: StatementEdition,
  live: () => Promise<{ figures: EditionFigure[]; actions: ActionSnapshot[] }>,
) {
  const previous = await lastPublishedEdition(db, edition.council_code, edition.number);
  const current = edition.status === 'published' ? await findPublication(db, edition.id) : await live();
  const before = previous ? await findPublication(db, previous.id) : undefined;
  const changes = editionChanges(
    { figures: before?.figures ?? [], actions: before?.actions ?? [] },
    { figures: current?.figures ?? [], actions: current?.actions ?? [] },
  );
  const shown = changes.figures.filter((c) => c.status !== 'unchanged');
  return {
    since:
      previous && before
        ? { number: previous.number, title: previous.title, publishedAt: before.publishedAt.toISOString() }
        : null,
    figures: previous ? shown : [],
    unchanged: changes.figures.length - shown.length,
    actions: changes.actions,
  };
}
