/**
 * Prepares a database like the demo's for the example statement (not part of the app or the tests):
 *
 *   cd <folder> && npx tsx /work/main/docs/examples/prepare-demo.ts
 *
 * In `./data/postgres` of the current folder (as the CLI uses it): the demo council (src/app/demo-council.ts:
 * synthetic 903 returns and local data), a made-up name and child population for it, a synthetic survey, and — when the council has no strategy yet — an example strategy:
 * the six default priorities, a few actions with progress updates, and four KPIs. All synthetic.
 * Then, from the same folder: `sufficiency statement build --council E06000016 --format pdf --as-at 23/11/2026
 * --narratives docs/examples/narratives.json`.
 */
import { councilSettings, DEMO, ensureDemoCouncil, saveCouncilSettings } from '../../src/app/index.ts';
import { day } from '../../src/dates/index.ts';
import type { Action } from '../../src/plan/index.ts';
import {
  createAction,
  createKpi,
  createProgressUpdate,
  importSurvey,
  listSurveys,
  loadSurvey,
  loadStrategy,
  migrateToLatest,
  openDatabase,
  resolveDatabase,
  seedPriorities,
  tagSurveyResponse,
} from '../../src/store/index.ts';

const BY = 'example';
const server = await resolveDatabase();
const { db, close } = openDatabase(server.url);
try {
  const migration = await migrateToLatest(db);
  if (migration.error) throw migration.error;
  const loaded = await ensureDemoCouncil(db);
  console.log(loaded ? `demo council loaded (${loaded} returns)` : 'demo council already there');
  const settings = await councilSettings(db, DEMO.councilCode);
  if (settings.populationUnder18.length === 0) {
    // A made-up name and population, so no reader takes the synthetic figures for a real council's.
    await saveCouncilSettings(
      db,
      DEMO.councilCode,
      {
        displayName: 'Demo City Council (synthetic data)',
        contactEmail: 'commissioning@example.gov.uk',
        populationUnder18: [2021, 2022, 2023, 2024, 2025].map((year, i) => ({
          year,
          population: 80_000 + 500 * i,
        })),
        categoryMapping: null,
      },
      BY,
    );
    console.log('example settings saved');
  }
  const existing = await loadStrategy(db, DEMO.councilCode);
  if (existing.priorities.length > 0) {
    console.log('strategy already there');
  } else {
    const seeded = await seedPriorities(db, DEMO.councilCode, BY);
    if (seeded.status !== 'saved') throw new Error('could not seed the priorities');
    const [edge, stability, carers, outOfArea, commissioning, leavers] = seeded.value.map((p) => p.id);
    const action = async (priorityId: number | undefined, input: Partial<Action> & { title: string }) => {
      const saved = await createAction(
        db,
        DEMO.councilCode,
        priorityId as number,
        {
          description: '',
          owner: 'Head of Service',
          partners: [],
          startDate: day(2025, 4, 1),
          dueDate: day(2027, 3, 31),
          status: 'in-progress',
          ragOverride: null,
          ...input,
        },
        BY,
      );
      if (saved.status !== 'saved') throw new Error(`could not save action ${input.title}`);
      return saved.value.id;
    };
    const update = (actionId: number, date: number, text: string) =>
      createProgressUpdate(
        db,
        DEMO.councilCode,
        actionId,
        { date, text, evidence: { text: '', url: null } },
        BY,
      );

    const therapy = await action(edge, {
      title: 'Family therapy service for families on the edge of care',
      owner: 'Head of Early Help',
      dueDate: day(2026, 9, 30),
    });
    await update(
      therapy,
      day(2026, 6, 30),
      'Service commissioned; 40 families referred in the first quarter.',
    );
    await action(stability, {
      title: 'Kinship carers’ support offer',
      owner: 'Head of Permanence',
      status: 'done',
      dueDate: day(2026, 3, 31),
    });
    const campaign = await action(carers, {
      title: 'Foster carer recruitment campaign',
      owner: 'Fostering Service Manager',
      dueDate: day(2026, 6, 30),
    });
    await update(
      campaign,
      day(2026, 9, 1),
      'Campaign launched late; enquiries up but approvals behind plan.',
    );
    await action(carers, {
      title: 'Capital fund to adapt carers’ homes for sibling groups',
      owner: 'Commissioning Lead',
      status: 'not-started',
      dueDate: day(2027, 3, 31),
      ragOverride: { rag: 'amber', reason: 'capital bid awaits Cabinet' },
    });
    const home = await action(outOfArea, {
      title: 'Open a third in-house children’s home (6 places)',
      owner: 'Head of Residential',
      dueDate: day(2026, 10, 31),
    });
    await update(home, day(2026, 10, 15), 'Registration visit booked; opening moved to January 2027.');
    await action(commissioning, {
      title: 'Five-year commissioning plan from the demand forecast',
      owner: 'Commissioning Lead',
      dueDate: day(2026, 12, 31),
    });
    await action(leavers, {
      title: 'Supported lodgings scheme for care leavers',
      owner: 'Leaving Care Manager',
      dueDate: day(2027, 9, 30),
      status: 'not-started',
    });

    const kpi = (input: Parameters<typeof createKpi>[2]) => createKpi(db, DEMO.councilCode, input, BY);
    const common = {
      baseline: { value: 0, date: day(2024, 3, 31) },
      target: { value: 0, date: day(2028, 3, 31) },
      tolerance: 1,
      manualValues: [],
    };
    await kpi({
      ...common,
      priorityId: outOfArea ?? null,
      title: 'Children placed more than 20 miles from home',
      unit: 'children',
      link: { source: 'indicator', key: 'location.distance-at-31-march', cell: { distance: 'over-20' } },
      direction: 'lower',
      baseline: { value: 150, date: day(2024, 3, 31) },
      target: { value: 100, date: day(2028, 3, 31) },
      tolerance: 5,
    });
    await kpi({
      ...common,
      priorityId: stability ?? null,
      title: 'Children with three or more placements in the year',
      unit: '%',
      link: { source: 'indicator', key: 'stability.three-or-more-placements' },
      direction: 'lower',
      baseline: { value: 10, date: day(2024, 3, 31) },
      target: { value: 8, date: day(2028, 3, 31) },
    });
    await kpi({
      ...common,
      priorityId: edge ?? null,
      title: 'Children looked after per 10,000 children',
      unit: 'per 10,000',
      link: { source: 'indicator', key: 'population.rate-per-10000' },
      direction: 'lower',
      baseline: { value: 73, date: day(2024, 3, 31) },
      target: { value: 70, date: day(2028, 3, 31) },
      tolerance: 2,
    });
    await kpi({
      ...common,
      priorityId: carers ?? null,
      title: 'Foster carer households recruited in the year',
      unit: 'households',
      link: { source: 'manual', key: 'recruited' },
      direction: 'higher',
      baseline: { value: 18, date: day(2024, 3, 31) },
      target: { value: 30, date: day(2028, 3, 31) },
      tolerance: 2,
      manualValues: [
        { date: day(2025, 3, 31), value: 21 },
        { date: day(2026, 3, 31), value: 22 },
      ],
    });
    console.log('example strategy saved');
  }
  if ((await listSurveys(db, DEMO.councilCode)).length === 0) {
    const imported = await importSurvey(db, {
      councilCode: DEMO.councilCode,
      title: 'Children and young people’s survey 2026 (synthetic)',
      fileName: 'survey-2026.csv',
      text: syntheticSurvey(),
      by: BY,
    });
    if (imported.status !== 'imported') throw new Error('could not import the example survey');
    const loaded = await loadSurvey(db, DEMO.councilCode, imported.survey.id);
    const themes = ['Closer to school and friends', 'Living with brothers and sisters', 'Say in decisions'];
    for (const [i, r] of (loaded?.responses ?? []).filter((x) => x.question.startsWith('What')).entries()) {
      const approvedQuote = i === 0 || i === 7;
      await tagSurveyResponse(
        db,
        DEMO.councilCode,
        imported.survey.id,
        r.id,
        { themes: [themes[i % 3] as string], approvedQuote },
        BY,
      );
    }
    console.log('example survey imported');
  }
} finally {
  await close();
  await server.stop();
}

/**
 * A synthetic survey: 40 children aged 11–17 and 24 care leavers answer two scaled questions, and the
 * children one free-text question; answers follow a fixed pattern (no randomness, no real responses).
 */
function syntheticSurvey(): string {
  const lines = ['question,response,respondent group,respondent id'];
  const scale = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];
  const pattern = [0, 1, 1, 0, 2, 1, 0, 3, 1, 0, 1, 4, 0, 1, 2, 1];
  const texts = [
    'Living near my friends and my school',
    'Seeing my brother more often',
    'Being asked before I move',
    'A bigger room',
    'Knowing my social worker',
  ];
  const groups: [string, number][] = [
    ['Children 11-17', 40],
    ['Care leavers', 24],
  ];
  for (const [group, count] of groups) {
    for (let i = 0; i < count; i++) {
      const id = `${group.slice(0, 2)}${i}`;
      lines.push(`I feel safe where I live,${scale[pattern[i % 16] as number]},${group},${id}`);
      lines.push(
        `I have a say in decisions about where I live,${scale[pattern[(i + 5) % 16] as number]},${group},${id}`,
      );
      if (group.startsWith('Children') && i % 2 === 0)
        lines.push(`What would make your home better?,${texts[i % 5]},${group},${id}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
