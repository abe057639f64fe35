/** One RFC 4180 CSV line: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return values
    .map((v) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',');
}
