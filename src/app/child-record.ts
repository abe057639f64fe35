import { CATEGORY_LABELS } from '../care/index.ts';
import type { ChildTimeline, PlacementCategory } from '../care/timeline-types.ts';
import { type EpochDay, formatIsoDate } from '../dates/index.ts';
import type { Finding } from '../findings/index.ts';
import { codeLabel } from '../ssda903/index.ts';

export interface ChildRecordPlacement {
  start: string;
  end: string | null;
  placementType: string | null;
  placementTypeLabel: string | null;
  category: PlacementCategory;
  categoryLabel: string;
  provider: string | null;
  inHouse: boolean | null;
  distanceMiles: number | null;
  inArea: boolean | null;
  reasonForMove: string | null;
  reasonForMoveLabel: string | null;
  temporarySpells: number;
}

export interface ChildRecordPeriod {
  start: string;
  end: string | null;
  reasonEnded: string | null;
  reasonEndedLabel: string | null;
  lostToFollowUp: boolean;
  placements: ChildRecordPlacement[];
}

/**
 * One child's record as a screen shows it: dates as ISO `yyyy-mm-dd`, codes with their labels. Postcodes
 * are left out: distance and in/out of area say what matters and travel less far.
 */
export interface ChildRecord {
  child: {
    id: string;
    sex: string | null;
    dob: string;
    ethnicity: string | null;
    ethnicityLabel: string | null;
    uasc: boolean;
    uascCeased: string | null;
    observedUntil: string;
  };
  periods: ChildRecordPeriod[];
  missing: { kind: string | null; kindLabel: string | null; start: string; end: string | null }[];
  findings: Finding[];
}

const iso = (d: EpochDay | null) => (d === null ? null : formatIsoDate(d));
const label = (list: Parameters<typeof codeLabel>[0], code: string | null) =>
  code === null ? null : (codeLabel(list, code) ?? null);

/**
 * ### Example
 * ```ts
 * childRecord(timeline).periods[0].placements[0].categoryLabel // 'Fostering – in-house'
 * ```
 */
export function childRecord(t: ChildTimeline): ChildRecord {
  return {
    child: {
      id: t.childId,
      sex: t.sex,
      dob: formatIsoDate(t.dob),
      ethnicity: t.ethnicity,
      ethnicityLabel: label('ethnicity', t.ethnicity),
      uasc: t.uasc !== null,
      uascCeased: iso(t.uasc?.ceased ?? null),
      observedUntil: formatIsoDate(t.observedUntil),
    },
    periods: t.periods.map((p) => ({
      start: formatIsoDate(p.start),
      end: iso(p.end),
      reasonEnded: p.reasonEnded,
      reasonEndedLabel: label('reasonEpisodeCeased', p.reasonEnded),
      lostToFollowUp: p.lostToFollowUp,
      placements: p.placements.map((pl) => ({
        start: formatIsoDate(pl.start),
        end: iso(pl.end),
        placementType: pl.placementType,
        placementTypeLabel: label('placementType', pl.placementType),
        category: pl.category,
        categoryLabel: CATEGORY_LABELS[pl.category],
        provider: pl.provider,
        inHouse: pl.inHouse,
        distanceMiles: pl.distanceMiles === null ? null : Math.round(pl.distanceMiles * 10) / 10,
        inArea: pl.inArea,
        reasonForMove: pl.reasonForMove,
        reasonForMoveLabel: label('reasonPlaceChange', pl.reasonForMove),
        temporarySpells: pl.temporarySpells,
      })),
    })),
    missing: t.missing.map((m) => ({
      kind: m.kind,
      kindLabel: label('missingKind', m.kind),
      start: formatIsoDate(m.start),
      end: iso(m.end),
    })),
    findings: t.findings,
  };
}
