import type { PlacementLocality } from './locality.ts';
import { type CategoryMapping, isTemporaryPlacement, placementCategory } from './placement-category.ts';
import type { EpisodeSpan, Placement } from './timeline-types.ts';

export interface PlacementContext {
  mapping: CategoryMapping;
  locality: (homePostcode: string | null, placementPostcode: string | null) => PlacementLocality;
}

/**
 * The stays in one home within a period of care (episodes oldest first, contiguous).
 *
 * A move is RNE P or T; L (legal status only), B and U (same carer) continue the home. A run of temporary
 * episodes (T0–T4) belongs to the home the child returns to: if that is the home before the run (same
 * category, provider, placement postcode and URN) the placement continues through it with no move;
 * otherwise the run starts the next placement. A run that ends the period stays with the home before it.
 *
 * ### Example
 * ```ts
 * // U4/PR1 → T3 → U4/PR1 (same postcode, URN): one placement, temporarySpells 1
 * ```
 */
export function placementsOf(episodes: readonly EpisodeSpan[], context: PlacementContext): Placement[] {
  const groups: EpisodeSpan[][] = [];
  let current: EpisodeSpan[] | null = null;
  let temporary: EpisodeSpan[] = [];
  for (const e of episodes) {
    if (isTemporaryPlacement(e.placementType)) {
      temporary.push(e);
      continue;
    }
    if (temporary.length > 0) {
      if (current && sameHome(lastMain(current), e, context.mapping)) current.push(...temporary, e);
      else {
        current = [...temporary, e];
        groups.push(current);
      }
      temporary = [];
    } else if (!current || e.reasonNewEpisode === 'P' || e.reasonNewEpisode === 'T') {
      current = [e];
      groups.push(current);
    } else {
      current.push(e);
    }
  }
  if (temporary.length > 0) {
    if (current) current.push(...temporary);
    else groups.push(temporary);
  }
  return groups.map((group, i) => placement(group, i === 0, context));
}

function placement(episodes: EpisodeSpan[], firstOfPeriod: boolean, context: PlacementContext): Placement {
  const first = episodes[0] as EpisodeSpan;
  const last = episodes[episodes.length - 1] as EpisodeSpan;
  const main = lastMain(episodes);
  const onlyTemporary = isTemporaryPlacement(main.placementType);
  let temporarySpells = 0;
  let firstMain: EpisodeSpan | null = null;
  for (const e of episodes) {
    if (isTemporaryPlacement(e.placementType)) temporarySpells++;
    else firstMain ??= e;
  }
  // Postcodes and URN are often left blank on a legal-status-only episode: take the latest recorded.
  const placementPostcode = latest(episodes, onlyTemporary, 'placementPostcode');
  const homePostcode = latest(episodes, onlyTemporary, 'homePostcode');
  const { distanceMiles, inArea, district } = context.locality(homePostcode, placementPostcode);
  return {
    start: first.start,
    end: last.end,
    episodes,
    placementType: main.placementType,
    provider: main.provider,
    category: onlyTemporary
      ? 'temporary'
      : placementCategory(main.placementType, main.provider, context.mapping),
    inHouse: main.provider === null ? null : main.provider === 'PR1',
    placementPostcode,
    homePostcode,
    urn: latest(episodes, onlyTemporary, 'urn'),
    distanceMiles,
    inArea,
    placementDistrict: district,
    reasonForMove: firstOfPeriod ? null : (first.reasonPlaceChange ?? firstMain?.reasonPlaceChange ?? null),
    temporarySpells,
  };
}

/** The latest non-temporary episode of a group (its last episode if all are temporary). */
function lastMain(episodes: EpisodeSpan[]): EpisodeSpan {
  for (let i = episodes.length - 1; i >= 0; i--) {
    const e = episodes[i] as EpisodeSpan;
    if (!isTemporaryPlacement(e.placementType)) return e;
  }
  return episodes[episodes.length - 1] as EpisodeSpan;
}

function latest(
  episodes: EpisodeSpan[],
  includeTemporary: boolean,
  field: 'placementPostcode' | 'homePostcode' | 'urn',
): string | null {
  for (let i = episodes.length - 1; i >= 0; i--) {
    const e = episodes[i] as EpisodeSpan;
    const value = e[field];
    if (value !== null && (includeTemporary || !isTemporaryPlacement(e.placementType))) return value;
  }
  return null;
}

/** The child returns to the same home: same category, provider, placement postcode and URN. */
function sameHome(before: EpisodeSpan, after: EpisodeSpan, mapping: CategoryMapping): boolean {
  return (
    placementCategory(before.placementType, before.provider, mapping) ===
      placementCategory(after.placementType, after.provider, mapping) &&
    before.provider === after.provider &&
    before.placementPostcode === after.placementPostcode &&
    before.urn === after.urn
  );
}
