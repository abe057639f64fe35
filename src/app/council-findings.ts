import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Finding, FindingSeverity } from '../findings/index.ts';
import type { Database } from '../store/index.ts';

export interface CouncilFindingsQuery {
  collectionYear?: number;
  severity?: FindingSeverity;
  code?: string;
  /** Text in the message, file name or child id (case-insensitive). */
  q?: string;
  /** Omit for every matching finding (downloads). */
  limit?: number;
  offset?: number;
}

export interface CouncilFinding extends Finding {
  id: number;
  batchId: number;
  collectionYear: number;
}

type FindingQuery = SelectQueryBuilder<Database, 'finding' | 'import_batch', object>;

function filtered(db: Kysely<Database>, councilCode: string, q: CouncilFindingsQuery): FindingQuery {
  let query = db
    .selectFrom('finding')
    .innerJoin('import_batch', 'import_batch.id', 'finding.batch_id')
    .where('import_batch.council_code', '=', councilCode)
    .where('import_batch.status', '=', 'active');
  if (q.collectionYear !== undefined)
    query = query.where('import_batch.collection_year', '=', q.collectionYear);
  if (q.severity !== undefined) query = query.where('finding.severity', '=', q.severity);
  if (q.code !== undefined) query = query.where('finding.code', '=', q.code);
  const text = q.q?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('finding.message', 'ilike', like),
        eb('finding.file', 'ilike', like),
        eb('finding.child_id', 'ilike', like),
      ]),
    );
  }
  return query;
}

/**
 * Findings of a council's active imports, filtered, in the order found (by year, then as read), with
 * the total and a count per code for the filter (the codes ignore the `code` filter itself, so a user
 * can switch between codes).
 *
 * ### Example
 * ```ts
 * const { findings, total, codes } = await councilFindings(db, 'E06000016', { severity: 'content', limit: 50 });
 * ```
 */
export async function councilFindings(
  db: Kysely<Database>,
  councilCode: string,
  q: CouncilFindingsQuery,
): Promise<{ findings: CouncilFinding[]; total: number; codes: { code: string; count: number }[] }> {
  let page = filtered(db, councilCode, q)
    .selectAll('finding')
    .select('import_batch.collection_year')
    .orderBy('import_batch.collection_year')
    .orderBy('finding.id');
  if (q.limit !== undefined) page = page.limit(q.limit);
  if (q.offset !== undefined) page = page.offset(q.offset);
  const [rows, totalRow, codeRows] = await Promise.all([
    page.execute(),
    filtered(db, councilCode, q)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    filtered(db, councilCode, { ...q, code: undefined })
      .select(['finding.code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('finding.code')
      .orderBy('finding.code')
      .execute(),
  ]);
  return {
    findings: rows.map((r) => {
      const f: CouncilFinding = {
        id: r.id,
        batchId: r.batch_id,
        collectionYear: r.collection_year,
        severity: r.severity,
        code: r.code,
        message: r.message,
      };
      if (r.file !== null) f.file = r.file;
      if (r.table_name !== null) f.table = r.table_name;
      if (r.row_number !== null) f.row = r.row_number;
      if (r.column_name !== null) f.column = r.column_name;
      if (r.value !== null) f.value = r.value;
      if (r.expected !== null) f.expected = r.expected;
      if (r.child_id !== null) f.childId = r.child_id;
      return f;
    }),
    total: Number(totalRow?.n ?? 0),
    codes: codeRows.map((r) => ({ code: r.code, count: Number(r.n) })),
  };
}
