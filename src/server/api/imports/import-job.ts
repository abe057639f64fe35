import type { Kysely } from 'kysely';
import type { CollectionYear, EpochDay } from '../../../dates/index.ts';
import type { JobOutcome, JobWork } from '../../../jobs/index.ts';
import type { ReturnSource } from '../../../ssda903/index.ts';
import { type Database, importReturn } from '../../../store/index.ts';

/** Findings kept on the job for the result screen; the batch holds all of them once imported. */
const FINDINGS_ON_JOB = 200;

export interface ImportJobSpec {
  sources: ReturnSource[];
  councilCode: string;
  collectionYear: CollectionYear;
  kind: 'return' | 'in-year';
  asAt?: EpochDay;
  allowPartial: boolean;
  importedBy: string;
  /** Runs after the import whatever happened (removes the upload folder). */
  cleanUp: () => Promise<void>;
  /** Runs after a batch was written (drops cached timelines). */
  onImported: () => void;
}

/**
 * The work of an import job: `importReturn` with progress, then a result a screen can show: status,
 * counts, and (for a rejection) the structural findings. A rejection is a job that succeeded.
 */
export function importJob(db: Kysely<Database>, spec: ImportJobSpec): JobWork {
  return async (report): Promise<JobOutcome> => {
    try {
      const result = await importReturn(db, {
        sources: spec.sources,
        councilCode: spec.councilCode,
        collectionYear: spec.collectionYear,
        kind: spec.kind,
        ...(spec.asAt !== undefined ? { asAt: spec.asAt } : {}),
        allowPartial: spec.allowPartial,
        importedBy: spec.importedBy,
        onProgress: report,
      });
      if (result.status === 'imported') spec.onImported();
      const structural = result.findings.filter((f) => f.severity === 'structural');
      const content = result.findings.length - structural.length;
      const shown = result.status === 'rejected' ? structural : result.findings;
      return {
        status: 'succeeded',
        result: {
          status: result.status,
          batchId: result.batchId ?? null,
          supersededBatchId: result.supersededBatchId ?? null,
          collectionYear: spec.collectionYear,
          files: result.files.map((f) => ({
            name: f.name,
            sha256: f.sha256,
            bytes: f.bytes,
            rows: f.rows,
            rowsSetAside: f.rowsSetAside,
            tables: f.tables,
          })),
          rowCounts: result.rowCounts,
          structuralFindings: structural.length,
          contentFindings: content,
          findings: shown.slice(0, FINDINGS_ON_JOB),
          findingsShown: Math.min(shown.length, FINDINGS_ON_JOB),
        },
      };
    } finally {
      await spec.cleanUp();
    }
  };
}
