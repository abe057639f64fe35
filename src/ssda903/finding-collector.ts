import type { Finding } from '../findings/index.ts';

/**
 * Gathers findings with a cap per code, so a file with a bad date on every one of a million rows holds a
 * thousand findings and a count, not a million sentences. Structural findings are all counted.
 */
export class FindingCollector {
  readonly findings: Finding[] = [];
  structural = 0;
  private readonly perCode = new Map<string, { count: number; severity: Finding['severity'] }>();

  constructor(private readonly capPerCode = 1000) {}

  add(finding: Finding): void {
    if (finding.severity === 'structural') this.structural++;
    const seen = this.perCode.get(finding.code) ?? { count: 0, severity: finding.severity };
    seen.count++;
    this.perCode.set(finding.code, seen);
    if (seen.count <= this.capPerCode) this.findings.push(finding);
  }

  /** All findings kept, then one line per code that went over the cap saying how many were not listed. */
  finish(): Finding[] {
    const more: Finding[] = [];
    for (const [code, { count, severity }] of this.perCode) {
      if (count <= this.capPerCode) continue;
      const hidden = count - this.capPerCode;
      more.push({
        severity,
        code,
        message: `${hidden.toLocaleString('en-GB')} more "${code}" findings not listed (${count.toLocaleString('en-GB')} in all)`,
      });
    }
    return [...this.findings, ...more];
  }
}
