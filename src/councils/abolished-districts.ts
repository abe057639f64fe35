/**
 * Districts abolished by reorganisation (2019–2024) → the current upper-tier council whose area took
 * them in. The 2021 lookup still files some under their old county (Cumbria, North Yorkshire,
 * Somerset); this table wins over it so every old code answers with today's council.
 */
export const ABOLISHED_DISTRICTS: ReadonlyMap<string, string> = new Map([
  // Cumbria, April 2023: Allerdale, Carlisle, Copeland → Cumberland; Barrow, Eden, South Lakeland → Westmorland and Furness
  ['E07000026', 'E06000063'],
  ['E07000027', 'E06000064'],
  ['E07000028', 'E06000063'],
  ['E07000029', 'E06000063'],
  ['E07000030', 'E06000064'],
  ['E07000031', 'E06000064'],
  // North Yorkshire, April 2023
  ['E07000163', 'E06000065'],
  ['E07000164', 'E06000065'],
  ['E07000165', 'E06000065'],
  ['E07000166', 'E06000065'],
  ['E07000167', 'E06000065'],
  ['E07000168', 'E06000065'],
  ['E07000169', 'E06000065'],
  // Somerset, April 2023
  ['E07000187', 'E06000066'],
  ['E07000188', 'E06000066'],
  ['E07000189', 'E06000066'],
  ['E07000246', 'E06000066'],
  // Northamptonshire, April 2021: Corby, East Northants, Kettering, Wellingborough → North; Daventry, Northampton, South Northants → West
  ['E07000150', 'E06000061'],
  ['E07000151', 'E06000062'],
  ['E07000152', 'E06000061'],
  ['E07000153', 'E06000061'],
  ['E07000154', 'E06000062'],
  ['E07000155', 'E06000062'],
  ['E07000156', 'E06000061'],
  // Bournemouth, Christchurch and Poole, April 2019
  ['E06000028', 'E06000058'],
  ['E06000029', 'E06000058'],
  ['E07000048', 'E06000058'],
  // Barnsley and Sheffield re-coded, 2024
  ['E08000016', 'E08000038'],
  ['E08000019', 'E08000039'],
]);
