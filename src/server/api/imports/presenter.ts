import { collectionYearLabel, formatIsoDate } from '../../../dates/index.ts';
import type { ImportBatch } from '../../../store/index.ts';

export function presentBatch(b: ImportBatch) {
  return {
    id: b.id,
    collectionYear: b.collectionYear,
    label: collectionYearLabel(b.collectionYear),
    kind: b.kind,
    asAt: formatIsoDate(b.asAt),
    status: b.status,
    importedBy: b.importedBy,
    importedAt: b.importedAt.toISOString(),
    restoredBy: b.restoredBy,
    restoredAt: b.restoredAt?.toISOString() ?? null,
    supersededBy: b.supersededBy,
    files: b.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes, rows: f.rows })),
    rowCounts: b.rowCounts as Record<string, number>,
    structuralFindings: b.structuralFindings,
    contentFindings: b.contentFindings,
    rowsSetAside: b.rowsSetAside,
  };
}
