import { collectionYearBounds, type EpochDay, formatUkDate } from '../dates/index.ts';
import { type Finding, findingMessage } from '../findings/index.ts';
import type { BatchKind } from './database-schema.ts';

/**
 * Problems with what the caller asked for (not the files): an in-year extract without an as-at date,
 * an as-at date outside the collection year, a full return not as at 31 March, no files.
 */
export function importOptionProblems(o: {
  councilCode: string;
  collectionYear: number;
  kind: BatchKind;
  asAt: EpochDay | undefined;
  sources: unknown[];
}): Finding[] {
  const problems: Finding[] = [];
  const problem = (code: string, text: string, value?: string, expected?: string) =>
    problems.push({
      severity: 'structural',
      code,
      ...(value !== undefined ? { value } : {}),
      ...(expected !== undefined ? { expected } : {}),
      message: findingMessage({ problem: text, value, expected }),
    });
  if (o.sources.length === 0)
    problem('no-files', 'no files to import', undefined, 'at least one CSV or XML file');
  if (o.councilCode.trim() === '') problem('missing-council', 'no council given', '', 'an ONS council code');
  const { start, end } = collectionYearBounds(o.collectionYear);
  const range = `a date from ${formatUkDate(start)} to ${formatUkDate(end)}`;
  if (o.asAt === undefined) {
    problem('missing-as-at', 'an in-year extract needs its as-at date', undefined, range);
  } else if (o.asAt < start || o.asAt > end) {
    problem(
      'as-at-outside-year',
      `as-at date outside collection year ${o.collectionYear}`,
      formatUkDate(o.asAt),
      range,
    );
  } else if (o.kind === 'return' && o.asAt !== end) {
    const expected = `${formatUkDate(end)}, or import it as an in-year extract`;
    problem('return-not-at-census', 'a full return is as at 31 March', formatUkDate(o.asAt), expected);
  }
  return problems;
}
