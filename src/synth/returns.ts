import {
  ageOn,
  type CollectionYear,
  collectionYearBounds,
  type EpochDay,
  formatUkDate,
} from '../dates/index.ts';
import { TABLE_NAMES, TABLES, type TableName, type TableRecord } from '../ssda903/index.ts';
import { Rng } from './rng.ts';
import type { SimChild, SimEpisode } from './sim-types.ts';
import type { SyntheticReturn } from './types.ts';

const clip = (d: EpochDay | null, yearEnd: EpochDay): EpochDay | null =>
  d === null || d > yearEnd ? null : d;

/** A per-child, per-year stream, so the OC2 answers do not depend on which other children exist. */
function childYearRng(seed: number, childId: string, year: number): Rng {
  let h = (seed ^ Math.imul(year, 0x9e3779b1)) | 0;
  for (let i = 0; i < childId.length; i++) h = Math.imul(h ^ childId.charCodeAt(i), 0x01000193);
  return new Rng(h);
}

function episodeRecord(childId: string, e: SimEpisode, yearEnd: EpochDay): TableRecord {
  const open = e.end === null || e.end > yearEnd;
  return {
    childId,
    start: e.start,
    reasonNewEpisode: e.reasonNewEpisode,
    legalStatus: e.legalStatus,
    categoryOfNeed: e.categoryOfNeed,
    placementType: e.placementType,
    provider: e.provider,
    end: open ? null : e.end,
    reasonEnded: open ? null : e.reasonEnded,
    reasonPlaceChange: e.reasonPlaceChange,
    homePostcode: e.homePostcode,
    placementPostcode: e.placementPostcode,
    urn: e.urn,
  };
}

/** OC2 (looked after 12+ months at 31 March): SDQ for ages 4–16, health checks, offending, substance misuse. */
function oc2Record(rng: Rng, child: SimChild, yearEnd: EpochDay): TableRecord {
  const age = ageOn(child.dob, yearEnd);
  const sdq = age >= 4 && age <= 16 && rng.chance(0.82);
  const misuse = age >= 10 && rng.chance(0.04);
  const yes = (p: number) => (rng.chance(p) ? '1' : '0');
  return {
    childId: child.childId,
    dob: child.dob,
    sdqScore: sdq ? Math.max(0, Math.min(40, Math.round(14 + 7 * rng.normal()))) : null,
    sdqReason: sdq
      ? null
      : age < 4 || age > 16
        ? 'SDQ1'
        : rng.weighted([
            ['SDQ2', 30],
            ['SDQ3', 20],
            ['SDQ4', 30],
            ['SDQ5', 20],
          ] as const),
    convicted: age >= 10 ? yes(0.03) : null,
    healthCheck: yes(0.89),
    immunisations: yes(0.85),
    teethCheck: yes(0.78),
    healthAssessment: yes(0.9),
    substanceMisuse: age >= 10 ? (misuse ? '1' : '0') : null,
    interventionReceived: misuse ? yes(0.6) : null,
    interventionOffered: misuse ? yes(0.9) : null,
  };
}

function emptyTables(year: CollectionYear): Partial<Record<TableName, TableRecord[]>> {
  const tables: Partial<Record<TableName, TableRecord[]>> = {};
  for (const name of TABLE_NAMES) {
    const from = TABLES[name].fromYear;
    if (from === undefined || year >= from) tables[name] = [];
  }
  return tables;
}

/**
 * One collection year's return, cut from the children's stories: every child looked after at any
 * time in the year with their episodes overlapping it (open ones with blank DEC/REC), and the
 * year's reviews, OC2, OC3 (19–21st birthdays in the year), AD1, PlacedAdoption, PrevPerm, Missing,
 * SWEpisodes (from 2023/24) and DoLo (from 2026/27) rows.
 */
export function buildReturn(
  children: readonly SimChild[],
  year: CollectionYear,
  seed: number,
  laNumber: string,
): SyntheticReturn {
  const { start: s, end: e } = collectionYearBounds(year);
  const t = emptyTables(year);
  const push = (name: TableName, row: TableRecord) => t[name]?.push(row);
  for (const child of children) {
    const { childId, dob } = child;
    const episodes: SimEpisode[] = [];
    let lastStartInYear: number | null = null;
    for (let i = 0; i < child.periods.length; i++) {
      const p = child.periods[i];
      if (!p || p.start > e || (p.end !== null && p.end < s)) continue;
      if (p.start >= s) lastStartInYear = i;
      for (const ep of p.episodes) if (ep.start <= e && (ep.end === null || ep.end >= s)) episodes.push(ep);
    }
    const leaver = child.careLeaver.find((c) => c.birthday >= s && c.birthday <= e);
    if (episodes.length === 0 && !leaver) continue;

    const isMotherAge = child.sex === 'F' && ageOn(dob, e) >= 12;
    const mother = child.motherChildDob !== null && child.motherChildDob <= e;
    push('Header', {
      childId,
      sex: child.sex,
      dob,
      ethnicity: child.ethnicity,
      upn: child.upn,
      motherStatus: episodes.length > 0 && isMotherAge ? (mother ? '1' : '0') : null,
      motherChildDob: episodes.length > 0 && mother ? child.motherChildDob : null,
    });
    if (leaver) {
      push('OC3', {
        childId,
        dob,
        inTouch: leaver.inTouch,
        activity: leaver.activity,
        accommodation: leaver.accommodation,
      });
    }
    if (episodes.length === 0) continue;
    for (const ep of episodes) push('Episodes', episodeRecord(childId, ep, e));
    if (child.uascCeased !== null)
      push('UASC', { childId, sex: child.sex, dob, uascCeased: clip(child.uascCeased, e) });
    for (const r of child.reviews) {
      if (r.date >= s && r.date <= e)
        push('Reviews', { childId, dob, reviewDate: r.date, participation: r.participation });
    }
    const current = child.periods.find((p) => p.start <= e && (p.end === null || p.end > e));
    if (current && !child.shortBreaksOnly && current.start < s)
      push('OC2', oc2Record(childYearRng(seed, childId, year), child, e));
    const a = child.adoption;
    if (a && a.decision <= e) {
      const ceased = clip(a.ceased, e);
      push('PlacedAdoption', {
        childId,
        dob,
        decisionDate: a.decision,
        decisionCeased: ceased,
        reasonCeased: ceased === null ? null : a.reasonCeased,
      });
      if (a.reasonCeased === 'RD1' && a.ceased !== null && a.ceased >= s && a.ceased <= e) {
        push('AD1', {
          childId,
          dob,
          decisionDate: a.decision,
          matchDate: a.match,
          adoptedByFosterCarer: a.byFosterCarer ? '1' : '0',
          numberOfAdopters: a.adopters,
          adopterSex: a.adopterSex,
          adopterLegalStatus: a.adopterLegalStatus,
        });
      }
    }
    const perm = lastStartInYear === null ? undefined : child.previousPermanence[lastStartInYear];
    if (perm) {
      push('PrevPerm', {
        childId,
        dob,
        previousPermanence: perm.code,
        permanenceCouncil: perm.date === null ? null : laNumber,
        permanenceDate: perm.date === null ? null : formatUkDate(perm.date),
      });
    }
    for (const m of child.missing) {
      if (m.start >= s && m.start <= e)
        push('Missing', { childId, dob, kind: m.kind, start: m.start, end: clip(m.end, e) });
    }
    if (t.SWEpisodes) {
      for (const w of child.socialWorkers) {
        if (w.start > e || (w.end !== null && w.end < s)) continue;
        const end = clip(w.end, e);
        push('SWEpisodes', {
          childId,
          dob,
          socialWorkerId: w.id,
          start: w.start,
          end,
          reasonEnded: end === null ? null : w.reasonEnded,
        });
      }
    }
    if (t.DoLo) {
      for (const d of child.dolo) {
        if (d.start <= e && (d.end === null || d.end >= s))
          push('DoLo', { childId, dob, start: d.start, end: clip(d.end, e) });
      }
    }
  }
  return { collectionYear: year, tables: t };
}
