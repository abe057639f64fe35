/**
 * Prepares a database like the demo's for the example statement (not part of the app or the tests):
 *
 *   cd <folder> && npx tsx /work/main/docs/examples/prepare-demo.ts
 *
 * In `./data/postgres` of the current folder (as the CLI uses it): the demo council (src/app/demo-council.ts:
 * synthetic 903 returns and local data), and — when the council has no strategy yet — an example strategy:
 * the six default priorities, a few actions with progress updates, and four KPIs. All synthetic.
 * Then, from the same folder: `sufficiency statement build --council E06000016 --format pdf --as-at 23/11/2026
 * --narratives docs/examples/narratives.json`.
 */
import { DEMO, ensureDemoCouncil } from '../../src/app/index.ts';
import { day } from '../../src/dates/index.ts';
import type { Action } from '../../src/plan/index.ts';
import {
  createAction,
  createKpi,
  createProgressUpdate,
  loadStrategy,
  migrateToLatest,
  openDatabase,
  resolveDatabase,
  seedPriorities,
} from '../../src/store/index.ts';

const BY = 'example';
const server = await resolveDatabase();
const { db, close } = openDatabase(server.url);
try {
  const migration = await migrateToLatest(db);
  if (migration.error) throw migration.error;
  const loaded = await ensureDemoCouncil(db);
  console.log(loaded ? `demo council loaded (${loaded} returns)` : 'demo council already there');
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
} finally {
  await close();
  await server.stop();
}
