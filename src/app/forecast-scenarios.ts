import type { Kysely } from 'kysely';
import { describeScenario, type Scenario } from '../forecast/index.ts';
import {
  type Database,
  deleteForecastScenario,
  findForecastScenario,
  listForecastScenarios,
  recordAuditEvent,
  type StoredScenario,
  saveForecastScenario,
} from '../store/index.ts';
import { parseScenarioFile, type ScenarioFile, type ScenarioProblem } from './forecast-scenario-file.ts';

/** A saved scenario with its levers read into the model's terms and described in plain English. */
export interface SavedScenario {
  id: number;
  name: string;
  description: string;
  /** As saved (dates dd/mm/yyyy). */
  file: ScenarioFile;
  scenario: Scenario;
  /** One plain-English line per lever. */
  levers: string[];
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

export type SaveScenarioResult =
  | { status: 'saved'; scenario: SavedScenario }
  | { status: 'invalid'; problems: ScenarioProblem[] }
  | { status: 'not-found' }
  | { status: 'duplicate-name'; message: string };

function present(stored: StoredScenario): SavedScenario | null {
  const parsed = parseScenarioFile({
    name: stored.name,
    description: stored.description,
    levers: stored.levers,
  });
  // Stored levers were validated on the way in; one that no longer reads is left out rather than guessed.
  if (parsed.status !== 'ok') return null;
  return {
    id: stored.id,
    name: stored.name,
    description: stored.description,
    file: parsed.file,
    scenario: parsed.scenario,
    levers: describeScenario(parsed.scenario),
    createdBy: stored.createdBy,
    createdAt: stored.createdAt,
    updatedBy: stored.updatedBy,
    updatedAt: stored.updatedAt,
  };
}

/** A council's saved scenarios, by name. */
export async function councilScenarios(db: Kysely<Database>, councilCode: string): Promise<SavedScenario[]> {
  const stored = await listForecastScenarios(db, councilCode);
  return stored.map(present).filter((s): s is SavedScenario => s !== null);
}

/** One saved scenario of a council, or undefined. */
export async function councilScenario(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
): Promise<SavedScenario | undefined> {
  const stored = await findForecastScenario(db, councilCode, id);
  return stored ? (present(stored) ?? undefined) : undefined;
}

/**
 * Validates a scenario (the scenario file format) and saves it as new (`id` undefined) or over one, with an
 * audit event (`forecast.scenario.save`). Invalid input is refused with every problem, nothing written.
 *
 * ### Example
 * ```ts
 * await saveCouncilScenario(db, 'E06000016', undefined, { name: 'More UASC', levers: [...] }, 'ana');
 * ```
 */
export async function saveCouncilScenario(
  db: Kysely<Database>,
  councilCode: string,
  id: number | undefined,
  input: unknown,
  by: string,
): Promise<SaveScenarioResult> {
  const parsed = parseScenarioFile(input);
  if (parsed.status !== 'ok') return parsed;
  const { name, description, levers } = parsed.file;
  const written = await saveForecastScenario(db, councilCode, id, { name, description, levers }, by);
  if (written.status !== 'saved') return written;
  await recordAuditEvent(db, {
    actor: by,
    action: 'forecast.scenario.save',
    councilCode,
    detail: { id: written.scenario.id, name, levers: levers.length, created: id === undefined },
  });
  return { status: 'saved', scenario: present(written.scenario) as SavedScenario };
}

/** Deletes a saved scenario (audited); false when there is none. */
export async function deleteCouncilScenario(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  by: string,
): Promise<boolean> {
  const deleted = await deleteForecastScenario(db, councilCode, id);
  if (deleted)
    await recordAuditEvent(db, {
      actor: by,
      action: 'forecast.scenario.delete',
      councilCode,
      detail: { id },
    });
  return deleted;
}
