import { ageOn, formatUkDate } from '../dates/index.ts';
import { CATEGORY_LABELS } from './placement-category.ts';
import type { ChildTimeline, PeriodOfCare, Placement } from './timeline-types.ts';

const SEX = { M: 'male', F: 'female', U: 'sex unknown' } as const;

/**
 * Plain text of one child's history for `sufficiency child <id>`: periods of care, each placement with
 * its dates, category, provider, distance from home and area, then missing spells and findings.
 * Postcodes are not printed: distance and area say what matters.
 *
 * ### Example
 * ```text
 * Child C1 · female · born 15/06/2010 · WBRI
 * Data up to 31/03/2024
 * Period 1: 01/04/2022 – still looked after
 *   1. 01/04/2022 – still there · age 11 · Fostering – in-house (U4) · PR1 in-house · 3.1 miles · in area
 * ```
 */
export function formatTimeline(timeline: ChildTimeline): string {
  const lines = [heading(timeline), `Data up to ${formatUkDate(timeline.observedUntil)}`];
  if (timeline.periods.length === 0) lines.push('No periods of care');
  timeline.periods.forEach((period, i) => {
    lines.push(periodLine(period, i + 1));
    period.placements.forEach((placement, j) => {
      lines.push(`  ${j + 1}. ${placementLine(placement, ageOn(timeline.dob, placement.start))}`);
    });
  });
  if (timeline.missing.length > 0) {
    lines.push('Missing or away from placement:');
    for (const m of timeline.missing) {
      const kind = m.kind === 'A' ? 'away without authorisation' : 'missing';
      lines.push(
        `  ${formatUkDate(m.start)} – ${m.end === null ? 'not recorded' : formatUkDate(m.end)} ${kind}`,
      );
    }
  }
  lines.push(timeline.findings.length > 0 ? 'Findings:' : 'Findings: none');
  for (const f of timeline.findings) lines.push(`  - ${f.code}: ${f.message}`);
  return lines.join('\n');
}

function heading(t: ChildTimeline): string {
  const parts = [
    `Child ${t.childId}`,
    t.sex ? SEX[t.sex] : 'sex not recorded',
    `born ${formatUkDate(t.dob)}`,
  ];
  if (t.ethnicity) parts.push(t.ethnicity);
  if (t.uasc) parts.push(t.uasc.ceased === null ? 'UASC' : `UASC until ${formatUkDate(t.uasc.ceased)}`);
  return parts.join(' · ');
}

function periodLine(period: PeriodOfCare, n: number): string {
  const start = formatUkDate(period.start);
  if (period.end === null) return `Period ${n}: ${start} – still looked after`;
  if (period.lostToFollowUp)
    return `Period ${n}: ${start} – last seen in care ${formatUkDate(period.end)} (lost to follow-up)`;
  return `Period ${n}: ${start} – ${formatUkDate(period.end)}, ended ${period.reasonEnded ?? 'reason not recorded'}`;
}

function placementLine(p: Placement, age: number): string {
  const end = p.end === null ? 'still there' : formatUkDate(p.end);
  const code = p.placementType ? ` (${p.placementType})` : '';
  const provider = p.provider === null ? 'provider not recorded' : `${p.provider} ${providerKind(p)}`;
  const distance = p.distanceMiles === null ? 'distance unknown' : `${p.distanceMiles.toFixed(1)} miles`;
  const area = p.inArea === null ? 'area unknown' : p.inArea ? 'in area' : 'out of area';
  const parts = [
    `${formatUkDate(p.start)} – ${end}`,
    `age ${age}`,
    `${CATEGORY_LABELS[p.category]}${code}`,
    provider,
  ];
  if (p.urn !== null) parts.push(`URN ${p.urn}`);
  parts.push(distance, area);
  if (p.reasonForMove !== null) parts.push(`moved: ${p.reasonForMove}`);
  if (p.temporarySpells > 0) parts.push(`temporary episodes: ${p.temporarySpells}`);
  return parts.join(' · ');
}

function providerKind(p: Placement): string {
  if (p.inHouse) return 'in-house';
  return p.provider === 'PR0' ? 'parent' : 'external';
}
