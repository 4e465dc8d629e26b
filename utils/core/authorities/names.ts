// How a name is compared with the register's names: plain words, and the council words around a
// place name taken off one by one. Pure, shared by the matcher and scripts/make-authorities.ts,
// which builds the register's names with it.

/** Lower case, no accents, `&` as "and", apostrophes and full stops dropped, any other run of non-letters one space. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// The words councils, Ofsted and the press put around a place name ("London Borough of Hounslow",
// "Portsmouth City Council", "Council of the Isles of Scilly"). Only ever taken off a name that
// did not match as it stands, so "City of London" is found before "city of" is taken off it.
export const PREFIXES = [
  'the ',
  'council of the ',
  'council of ',
  'london borough of ',
  'royal borough of ',
  'metropolitan borough of ',
  'borough of ',
  'city and county of ',
  'city of ',
  'county of ',
];
const SUFFIXES = [
  ' metropolitan borough council',
  ' metropolitan district council',
  ' metropolitan borough',
  ' royal borough council',
  ' borough council',
  ' city council',
  ' county council',
  ' district council',
  ' council',
  ' local authority',
  // The register's own order: "Herefordshire, County of".
  ' county of',
  ' city of',
  // "Inspection of Portsmouth City local authority children's services" (real-pdf/inspection/80539_portsmouth_cs-inspection_2026-08-18.pdf).
  ' city',
  ' borough',
  ' childrens services',
];

/**
 * The forms of a name to look up, most literal first: as written (and without a closing
 * possessive), then with one council word after another taken off its ends.
 */
export function nameForms(text: string): string[] {
  const written = normaliseName(text);
  const forms = [written];
  const possessive = /['’]s\s*$/.test(text.trim()) ? normaliseName(text.trim().replace(/['’]s\s*$/, '')) : null;
  let current = possessive ?? written;
  if (possessive) forms.push(possessive);
  for (;;) {
    const prefix = PREFIXES.find((p) => current.startsWith(p) && current.length > p.length);
    const suffix = prefix ? undefined : SUFFIXES.find((s) => current.endsWith(s) && current.length > s.length);
    if (!prefix && !suffix) break;
    current = prefix ? current.slice(prefix.length) : current.slice(0, current.length - suffix!.length);
    forms.push(current);
  }
  return [...new Set(forms.filter(Boolean))];
}

/** A stable key from a name: its plain words joined by hyphens ("Bournemouth, Christchurch and Poole" → bournemouth-christchurch-and-poole). */
export function slugOf(name: string): string {
  return normaliseName(name).replace(/ /g, '-');
}
