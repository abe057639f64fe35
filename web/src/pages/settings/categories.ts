// The placement categories (src/care/placement-category.ts CATEGORY_LABELS): the web app talks to the
// server over HTTP only, so it keeps its own copy of these labels for the mapping editor.
export const CATEGORY_LABELS: Record<string, string> = {
  'fostering-kinship': 'Fostering – kinship (relatives or friends)',
  'fostering-in-house': 'Fostering – in-house',
  'fostering-ifa': 'Fostering – independent agency (IFA)',
  'fostering-other-council': "Fostering – another council's carers",
  'residential-in-house': "Residential – in-house children's home",
  'residential-external': "Residential – external children's home",
  secure: "Secure children's home",
  'residential-other': 'Residential – other (school, care home, employment)',
  supported: 'Supported accommodation / semi-independent',
  'placed-with-parents': 'Placed with parents',
  adoption: 'Placed for adoption',
  'parent-and-child': 'Parent and child (mother-and-baby)',
  'health-custody': 'Health / custody',
  other: 'Other / unregistered',
  temporary: 'Temporary',
};
