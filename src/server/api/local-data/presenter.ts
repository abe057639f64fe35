import { describeCell, type LocalDataKind, type LocalFinding, templateOf } from '../../../local/index.ts';
import type { LocalDataBatch } from '../../../store/index.ts';

export function presentLocalBatch(b: LocalDataBatch) {
  return {
    id: b.id,
    kind: b.kind,
    slug: templateOf(b.kind).slug,
    fileName: b.fileName,
    sha256: b.sha256,
    bytes: b.bytes,
    rows: b.rows,
    status: b.status,
    supersededBy: b.supersededBy,
    importedBy: b.importedBy,
    importedAt: b.importedAt.toISOString(),
  };
}

/** A template for the schema page: columns with types in words, allowed values with labels, the rules. */
export function presentTemplate(kind: LocalDataKind) {
  const t = templateOf(kind);
  const name = (field: string) => t.columns.find((c) => c.field === field)?.name ?? field;
  return {
    kind: t.kind,
    slug: t.slug,
    title: t.title,
    description: t.description,
    fileName: t.fileName,
    childLevel: t.childLevel,
    personal: t.personal,
    key: t.key.map(name),
    rules: templateRules(kind),
    columns: t.columns.map((c) => ({
      name: c.name,
      type: c.type,
      typeDescription: describeCell(c),
      required: c.required,
      description: c.description,
      example: c.example,
      ...(c.type === 'code' ? { codes: c.codes.map((o) => ({ code: o.code, label: o.label })) } : {}),
    })),
  };
}

function templateRules(kind: LocalDataKind): string[] {
  const t = templateOf(kind);
  const key = t.key.map((f) => t.columns.find((c) => c.field === f)?.name ?? f).join(' + ');
  return [`no two rows share ${key}`, ...t.rules];
}

export function presentFinding(f: LocalFinding) {
  return {
    code: f.code,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.row !== undefined ? { row: f.row } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    fix: f.fix,
    message: f.message,
  };
}
