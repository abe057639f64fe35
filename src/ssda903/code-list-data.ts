import type { CodeListName } from './tables.ts';

/**
 * One code of a 903 code list. `from`/`to` are the first and last collection years (named by the year
 * they end, 2026 = 2025/26) the code is valid in; absent means "since our earliest lists" / "still valid".
 * `note` is advice shown when the code is used outside its years.
 *
 * Sources: DfE children looked after return guidance (as summarised in shared/domain/ssda903.md) and the
 * code lists in Data to Insight's open-source validator (csc-validator-be-903, rules 101, 103, 120, 131–133,
 * 143–146, 149, 175–178, 196, 631, 1006, 1009, SW13 for 2022/23 → 2026/27). Labels left empty where
 * neither source gives the wording.
 */
export interface CodeEntry {
  code: string;
  label: string;
  from?: number;
  to?: number;
  note?: string;
}

type Row = readonly [code: string, label: string, years?: { from?: number; to?: number; note?: string }];

const list = (rows: readonly Row[]): readonly CodeEntry[] =>
  rows.map(([code, label, years]) => ({ code, label, ...years }));

const codesOnly = (codes: string): readonly CodeEntry[] =>
  codes.split(' ').map((code) => ({ code, label: '' }));

const TO_2024_25 = 2025;
const FROM_2025_26 = 2026;

export const CODE_LIST_DATA: Record<CodeListName, readonly CodeEntry[]> = {
  sex: list([
    ['1', 'Male', { to: 2024, note: 'from 2024/25 SEX is M, F or U' }],
    ['2', 'Female', { to: 2024, note: 'from 2024/25 SEX is M, F or U' }],
    ['M', 'Male', { from: 2025, note: 'before 2024/25 SEX is 1 or 2' }],
    ['F', 'Female', { from: 2025, note: 'before 2024/25 SEX is 1 or 2' }],
    ['U', 'Unknown', { from: 2025, note: 'before 2024/25 SEX is 1 or 2' }],
  ]),
  ethnicity: list([
    ['WBRI', 'White British'],
    ['WIRI', 'White Irish'],
    ['WOTH', 'Any other White background'],
    ['WIRT', 'Traveller of Irish heritage'],
    ['WROM', 'Gypsy/Roma'],
    ['MWBC', 'White and Black Caribbean'],
    ['MWBA', 'White and Black African'],
    ['MWAS', 'White and Asian'],
    ['MOTH', 'Any other mixed background'],
    ['AIND', 'Indian'],
    ['APKN', 'Pakistani'],
    ['ABAN', 'Bangladeshi'],
    ['AOTH', 'Any other Asian background'],
    ['BCRB', 'Black Caribbean'],
    ['BAFR', 'Black African'],
    ['BOTH', 'Any other Black background'],
    ['CHNE', 'Chinese'],
    ['OOTH', 'Any other ethnic group'],
    ['REFU', 'Refused'],
    ['NOBT', 'Information not yet obtained'],
  ]),
  reasonNewEpisode: list([
    ['S', 'Started to be looked after'],
    ['L', 'Change of legal status only'],
    ['P', 'Change of placement (i.e. carer) only'],
    ['T', 'Change of both legal status and placement (i.e. carer) at the same time'],
    ['U', 'Change of legal status and change of placement (but same carer) at the same time'],
    ['B', 'Change of placement (but same carer) only'],
  ]),
  legalStatus: list([
    ['C1', 'Interim care order'],
    ['C2', 'Full care order'],
    ['D1', 'Freeing order granted'],
    ['E1', 'Placement order granted'],
    ['V2', 'Single period of accommodation under section 20'],
    ['V3', 'Accommodated under an agreed series of short-term breaks, when individual episodes are recorded'],
    ['V4', 'Accommodated under an agreed series of short-term breaks, when agreements are recorded'],
    ['J1', 'Remanded to local authority accommodation or to youth detention accommodation'],
    ['J2', 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984'],
    ['J3', 'Sentenced to a youth rehabilitation order with residence or fostering requirement'],
    ['L1', 'Under police protection and in local authority accommodation'],
    ['L2', 'Emergency protection order'],
    ['L3', 'Under child assessment order and in local authority accommodation'],
  ]),
  categoryOfNeed: list([
    ['N1', 'Abuse or neglect'],
    ['N2', "Child's disability"],
    ['N3', 'Parental illness or disability'],
    ['N4', 'Family in acute stress'],
    ['N5', 'Family dysfunction'],
    ['N6', 'Socially unacceptable behaviour'],
    ['N7', 'Low income'],
    ['N8', 'Absent parenting'],
  ]),
  placementType: list([
    ['A3', 'Placed for adoption with consent, with current foster carer(s)'],
    ['A4', 'Placed for adoption with consent, not with current foster carer(s)'],
    ['A5', 'Placed for adoption under a placement order, with current foster carer(s)'],
    ['A6', 'Placed for adoption under a placement order, not with current foster carer(s)'],
    [
      'H5',
      'Semi-independent living accommodation not subject to children’s homes regulations',
      { to: TO_2024_25, note: 'use K3 for Ofsted-registered supported accommodation' },
    ],
    ['K1', 'Secure children’s home'],
    ['K2', 'Children’s home'],
    [
      'K3',
      'Supported accommodation (Ofsted-registered, age 16 and over)',
      { from: 2025, note: 'use H5 for semi-independent accommodation before 2024/25' },
    ],
    ['P1', 'Placed with parent(s) or other person(s) with parental responsibility'],
    [
      'P2',
      'Independent living, e.g. in a flat, lodgings, bedsit or with friends, with or without formal support',
      { to: TO_2024_25, note: 'use K3 for Ofsted-registered supported accommodation' },
    ],
    ['P3', 'Residential employment'],
    ['R1', 'Residential care home'],
    ['R2', 'NHS or health trust, or other establishment providing medical or nursing care'],
    ['R3', 'Family centre or mother and baby unit'],
    ['R5', 'Young offender institution or prison'],
    ['S1', 'Residential school (except where dual-registered as a school and children’s home)'],
    ['T0', 'Temporary move of a type not covered by T1–T4'],
    ['T1', 'Temporary periods in hospital (up to 6 weeks)'],
    ['T2', 'Temporary absences of the child on holiday'],
    ['T3', 'Temporary accommodation while the usual foster carer is on holiday (up to 3 weeks)'],
    ['T4', 'Temporary accommodation of 7 days or less, for any other reason'],
    ['U1', 'Foster placement with relative or friend: long-term fostering'],
    [
      'U2',
      'Foster placement with relative or friend who is also an approved adopter: fostering for adoption',
    ],
    ['U3', 'Foster placement with relative or friend: not long-term or fostering for adoption'],
    ['U4', 'Foster placement with other foster carer: long-term fostering'],
    [
      'U5',
      'Foster placement with other foster carer who is also an approved adopter: fostering for adoption',
    ],
    ['U6', 'Foster placement with other foster carer: not long-term or fostering for adoption'],
    ['Z1', 'Other placements', { to: TO_2024_25, note: 'use one of Z11, Z12, Z13 or Z14 from 2025/26' }],
    // Z1 split in four from 2025/26. Neither source names the four sub-types, so the labels say only
    // that; the validator's rule 709 (2026/27) expects a child under a DoLO to be in K2, Z12 or Z13.
    ['Z11', 'Other placement (Z11)', { from: FROM_2025_26, note: 'use Z1 before 2025/26' }],
    ['Z12', 'Other placement (Z12)', { from: FROM_2025_26, note: 'use Z1 before 2025/26' }],
    ['Z13', 'Other placement (Z13)', { from: FROM_2025_26, note: 'use Z1 before 2025/26' }],
    ['Z14', 'Other placement (Z14)', { from: FROM_2025_26, note: 'use Z1 before 2025/26' }],
  ]),
  placementProvider: list([
    ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
    ['PR1', 'Own provision (by the council)'],
    ['PR2', 'Other local authority provision'],
    ['PR3', 'Other public provision (e.g. a primary care trust)'],
    ['PR4', 'Private provision'],
    ['PR5', 'Voluntary/third sector provision'],
  ]),
  reasonEpisodeCeased: list([
    ['X1', 'Episode ceases and a new episode begins on the same day'],
    ['E11', 'Adopted: application for an adoption order unopposed'],
    ['E12', 'Adopted: consent dispensed with by the court'],
    ['E2', 'Died'],
    ['E3', 'Care taken over by another local authority in the UK'],
    [
      'E4A',
      'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, as part of the care planning process',
    ],
    [
      'E4B',
      'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process',
    ],
    [
      'E13',
      'Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility',
    ],
    ['E41', 'Child arrangements order (with whom the child lives) granted'],
    ['E45', 'Special guardianship order made to former foster carer(s), who are relative(s) or friend(s)'],
    ['E46', 'Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)'],
    [
      'E47',
      'Special guardianship order made to carer(s) other than former foster carer(s), who are relative(s) or friend(s)',
    ],
    [
      'E48',
      'Special guardianship order made to carer(s) other than former foster carer(s), other than relative(s) or friend(s)',
    ],
    ['E5', 'Moved into independent living with formal advice or support'],
    ['E6', 'Moved into independent living without formal advice or support'],
    ['E7', 'Transferred to residential care funded by adult social care'],
    ['E8', 'Period of being looked after ceased for any other reason'],
    ['E9', 'Sentenced to custody'],
    ['E14', 'Accommodation on remand ended'],
    ['E15', 'Age assessment found the child to be 18 or over'],
    ['E16', 'Child moved abroad'],
    ['E17', 'Aged 18 or over and remained with current carers (e.g. staying put)'],
  ]),
  reasonPlaceChange: list([
    ['CARPL', 'Change to or implementation of the care plan'],
    ['CLOSE', 'Resignation or closure of the provision'],
    ['ALLEG', 'Allegation (section 47 enquiry)'],
    ['STAND', 'Standards of care concern'],
    ['APPRR', 'Approval removed'],
    ['CREQB', 'Carer requests the placement end due to the child’s behaviour'],
    ['CREQO', 'Carer requests the placement end for another reason'],
    ['CHILD', 'Child requests the placement end'],
    ['LAREQ', 'Responsible council requests the placement end'],
    ['PLACE', 'Change in the status of the placement only'],
    ['CUSTOD', 'Child admitted to custody'],
    ['OTHER', 'Other'],
  ]),
  reviewCode: list([
    ['PN0', 'Child aged under 4 at the time of the review'],
    ['PN1', 'Child physically attends and speaks for themselves'],
    ['PN2', 'Child physically attends; an advocate speaks on their behalf'],
    ['PN3', 'Child attends and conveys their views symbolically (non-verbally)'],
    ['PN4', 'Child physically attends but does not speak or convey their views'],
    ['PN5', 'Child does not attend but briefs an advocate to speak for them'],
    ['PN6', 'Child does not attend but conveys their views by a facilitative medium'],
    ['PN7', 'Child does not attend and their views are not conveyed'],
  ]),
  missingKind: list([
    ['M', 'Missing'],
    ['A', 'Away without authorisation'],
  ]),
  motherStatus: list([
    ['0', 'Not a mother'],
    ['1', 'Mother'],
  ]),
  yesNo: list([
    ['0', 'No'],
    ['1', 'Yes'],
  ]),
  inTouch: list([
    ['YES', 'In touch'],
    ['NO', 'Not in touch'],
    ['DIED', 'Died'],
    ['REFU', 'Refuses contact'],
    ['NREQ', 'No longer requires services'],
    ['RHOM', 'Returned home'],
  ]),
  activity: codesOnly('F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6 0'),
  accommodation: codesOnly(
    'B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S2 T1 T2 U1 U2 V1 V2 W1 W2 X2 Y1 Y2 Z1 Z2 0',
  ),
  previousPermanence: codesOnly('P1 P2 P3 P4 Z1'),
  adopterSex: list([
    ['M1', 'Single male adopter'],
    ['F1', 'Single female adopter'],
    ['MM', 'Male couple'],
    ['FF', 'Female couple'],
    ['MF', 'Mixed-sex couple'],
  ]),
  adopterLegalStatus: codesOnly('L0 L11 L12 L2 L3 L4'),
  reasonPlacedCeased: codesOnly('RD1 RD2 RD3 RD4'),
  sdqReason: codesOnly('SDQ1 SDQ2 SDQ3 SDQ4 SDQ5'),
  socialWorkerReason: codesOnly('MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS'),
};
