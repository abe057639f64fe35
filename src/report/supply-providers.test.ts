import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import type { LocalData } from '../local/records.ts';
import { home, household } from '../supply/test-local-data.ts';
import { publishBlock } from './sections/provided.ts';
import { supplyBlocks } from './supply-providers.ts';

/**
 * Eight mainstream households (2 places each) and 3 enhanced (1 place each), all approved in 2020; one
 * 4-bed children's home open, a 6-bed one opening on 1 October 2026. On 31 March 2026: 11 households,
 * 19 places; 4 beds. The 3 enhanced households are a count of 1–5 (c); beds are capacity, shown as they are.
 */
const local: LocalData = {
  fosterHouseholds: [
    ...Array.from({ length: 8 }, (_, i) => household(`M${i}`, '01/04/2020')),
    ...Array.from({ length: 3 }, (_, i) =>
      household(`E${i}`, '01/04/2020', { approvalType: 'enhanced', approvedPlaces: 1 }),
    ),
  ],
  inHouseHomes: [home('H1', '01/04/2020'), home('H2', '01/10/2026', { beds: 6, name: 'Oak House' })],
  providers: [],
  placementCosts: [],
  placementRequests: [],
  careLeaverAccommodation: [],
  budget: [],
};

describe('supplyBlocks', () => {
  const blocks = supplyBlocks(local, [], day(2026, 3, 31)).map((b, i) => publishBlock(`supply.${i}`, b));

  it('shows carers by approval type with the 3 enhanced households suppressed and the totals kept safe', () => {
    const carers = blocks[0];
    if (carers?.kind !== 'table') throw new Error('expected a table');
    expect(carers.table.caption).toBe('In-house foster carers and their places on 31 March 2026');
    const row = (name: string) => carers.table.rows.find((r) => r.header === name)?.cells;
    expect(row('Enhanced')).toEqual(['c', 'c', 'c']);
    expect(row('Total')).toEqual(['11', '19', '19']);
    // Mainstream is hidden with it: 11 − 8 would give the 3 back (zeros are not chosen as complements).
    expect(row('Mainstream')).toEqual(['c', 'c', 'c']);
  });

  it('shows beds as they are, and the home in the pipeline', () => {
    const beds = blocks[2];
    expect(beds?.kind === 'table' && beds.table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Children’s homes', '4'],
      ['Short-break homes', '0'],
      ['Supported accommodation', '0'],
      ['Total', '4'],
    ]);
    expect(blocks.at(-1)).toEqual({
      kind: 'list',
      items: ['Oak House (Children’s homes, 6 beds), opening 1 October 2026'],
    });
  });
});
