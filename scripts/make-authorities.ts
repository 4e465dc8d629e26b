// npm run data:authorities: writes utils/core/authorities/register.ts, the register of England's 153
// children's services authorities that every authority key in Ofsted Lens comes from, from
// local-authorities.csv in ../shared/data/ofsted/ (or OFSTED_LENS_DATA), and the reviewed names
// below. It stops, writing nothing, when the data and the reviewed names disagree: a name two
// authorities would share, a neighbour that is not in the register, a count that is not 153.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseName, slugOf } from '../utils/core/authorities/names';
import { readCsv } from './csv';

const SOURCE_FILE = 'local-authorities.csv';
const OUT = resolve(import.meta.dirname, '../utils/core/authorities/register.ts');

/**
 * Names people use that the register does not give: the trusts and companies that run an
 * authority's children's services (Ofsted inspects the authority under them), and short forms in
 * common use. Each is reviewed; a short form that could mean two authorities ("Kingston") is not here.
 */
const ALIASES: Record<string, readonly string[]> = {
  bradford: ['Bradford Children and Families Trust'],
  doncaster: ["Doncaster Children's Services Trust"],
  sunderland: ['Together for Children', 'Together for Children Sunderland'],
  slough: ['Slough Children First', "Slough Children's Services Trust"],
  birmingham: ["Birmingham Children's Trust"],
  sandwell: ["Sandwell Children's Trust"],
  worcestershire: ['Worcestershire Children First'],
  reading: ['Brighter Futures for Children'],
  'southend-on-sea': ['Southend'],
  'stoke-on-trent': ['Stoke'],
  'richmond-upon-thames': ['Richmond'],
  'newcastle-upon-tyne': ['Newcastle'],
  'east-riding-of-yorkshire': ['East Riding'],
  'stockton-on-tees': ['Stockton'],
  'telford-and-wrekin': ['Telford'],
  'blackburn-with-darwen': ['Blackburn'],
  'bath-and-north-east-somerset': ['B&NES', 'BANES'],
  'cheshire-west-and-chester': ['Cheshire West'],
  'north-northamptonshire': ['North Northants'],
  'west-northamptonshire': ['West Northants'],
  'city-of-london': ['City of London Corporation'],
  // A county council's initials as its own staff and the local press write them, and a county named for its city.
  kent: ['KCC'],
  'west-sussex': ['WSCC'],
  'east-sussex': ['ESCC'],
  'kensington-and-chelsea': ['RBKC'],
  herefordshire: ['Hereford'],
};

/** Names that belong to more than one authority: they give no key, never a guess. */
const SHARED_NAMES: Record<string, readonly string[]> = {
  // Runs the children's services of Kingston, Richmond, and Windsor and Maidenhead.
  'Achieving for Children': ['kingston-upon-thames', 'richmond-upon-thames', 'windsor-and-maidenhead'],
  // Ran Northamptonshire's, then both its successors'.
  "Northamptonshire Children's Trust": ['north-northamptonshire', 'west-northamptonshire'],
};

/**
 * Authorities that no longer exist, by DfE code: the register keeps their rows (with no
 * neighbours); Ofsted's history table has their last inspections. Bournemouth is not in the
 * register: its ONS code and region are its row's in ilacs-history-to-2025-03-31.csv.
 */
const FORMER: Record<string, readonly string[]> = {
  '909': ['cumberland', 'westmorland-and-furness'], // Cumbria, until April 2023
  '928': ['north-northamptonshire', 'west-northamptonshire'], // Northamptonshire, until April 2021
  '836': ['bournemouth-christchurch-and-poole'], // Poole, until April 2019
};
const FORMER_NOT_IN_REGISTER = [
  { key: 'bournemouth', name: 'Bournemouth', onsCode: 'E06000028', region: 'South West', succeededBy: ['bournemouth-christchurch-and-poole'] },
];

const EXPECTED_CURRENT = 153;

type Row = Record<string, string>;

function fail(message: string): never {
  throw new Error(`make-authorities: ${message}`);
}

/** "Bristol, City of" → "Bristol". */
function plainPlace(name: string): string {
  return name.replace(/,\s*(?:City|County) of$/i, '');
}

/** "[BCP, Bournemouth, Christchurch & Poole]": the register's own names with commas kept whole, the rest split at commas. */
function alsoKnownAs(field: string, ownNames: readonly string[]): string[] {
  let rest = field.replace(/^\[|\]$/g, '').trim();
  const names: string[] = [];
  const withCommas = ownNames.filter((n) => n.includes(','));
  for (const own of withCommas) {
    const spellings = [own, own.replace(/ and /g, ' & ')];
    for (const spelling of spellings) {
      const at = rest.toLowerCase().indexOf(spelling.toLowerCase());
      if (at === -1) continue;
      names.push(rest.slice(at, at + spelling.length));
      rest = `${rest.slice(0, at)},${rest.slice(at + spelling.length)}`;
    }
  }
  names.push(...rest.split(',').map((n) => n.trim()).filter(Boolean));
  return names;
}

/** Distinct by their plain form, first spelling kept. */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const plain = normaliseName(n);
    if (!plain || seen.has(plain)) return false;
    seen.add(plain);
    return true;
  });
}

type Entry = {
  key: string;
  name: string;
  urn: string;
  dfeCode: string;
  onsCode: string;
  region: string;
  domain: string;
  neighbours: string[];
  names: string[];
  succeededBy: string[];
};

function entryOf(row: Row): Entry {
  const registerName = row.local_authority_ons_name!;
  const onsName = row.ltla23nm || row.utla23nm || registerName;
  const name = plainPlace(onsName);
  const keyFrom = [plainPlace(registerName), name].sort((a, b) => a.length - b.length)[0]!;
  const own = [registerName, row.ltla23nm!, row.utla23nm!].filter(Boolean);
  const key = slugOf(keyFrom);
  const names = distinctNames([
    name,
    ...own,
    ...own.filter((n) => /,\s*(?:City|County) of$/i.test(n)).flatMap((n) => [plainPlace(n), `${/City of$/i.test(n) ? 'City' : 'County'} of ${plainPlace(n)}`]),
    ...alsoKnownAs(row.also_known_as ?? '', own),
    ...(ALIASES[key] ?? []),
  ]);
  return {
    key,
    name,
    urn: row.urn!,
    dfeCode: row.la_code!,
    onsCode: row.la_code_new!,
    region: row.region_name!,
    domain: row.domain!.toLowerCase(),
    neighbours: (row.stat_neighbours ?? '').split(',').map((c) => c.trim()).filter(Boolean),
    names,
    succeededBy: FORMER[row.la_code!] ? [...FORMER[row.la_code!]!] : [],
  };
}

function build(rows: Row[]): { current: Entry[]; former: Entry[] } {
  const entries = rows.map(entryOf);
  const current = entries.filter((e) => e.succeededBy.length === 0);
  const former = [
    ...entries.filter((e) => e.succeededBy.length > 0),
    ...FORMER_NOT_IN_REGISTER.map((f) => ({ ...f, urn: '', dfeCode: '', domain: '', neighbours: [], names: [f.name] })),
  ];
  if (current.length !== EXPECTED_CURRENT) fail(`${current.length} current authorities, not ${EXPECTED_CURRENT}`);
  for (const code of Object.keys(FORMER)) if (!entries.some((e) => e.dfeCode === code)) fail(`former authority ${code} is not in the register`);

  const byDfe = new Map(current.map((e) => [e.dfeCode, e]));
  const all = [...current, ...former];
  const keys = new Set<string>();
  for (const e of all) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.key)) fail(`bad key "${e.key}" for ${e.name}`);
    if (keys.has(e.key)) fail(`two authorities keyed ${e.key}`);
    keys.add(e.key);
  }
  for (const key of [...Object.keys(ALIASES), ...Object.values(SHARED_NAMES).flat(), ...former.flatMap((f) => f.succeededBy)]) {
    if (!current.some((e) => e.key === key)) fail(`reviewed names refer to ${key}, which is not a current authority`);
  }
  for (const e of current) {
    if (e.neighbours.length === 0) fail(`${e.name} has no statistical neighbours`);
    for (const code of e.neighbours) if (!byDfe.has(code)) fail(`${e.name}'s neighbour ${code} is not a current authority`);
    for (const field of ['urn', 'dfeCode', 'onsCode', 'region', 'domain'] as const) if (!e[field]) fail(`${e.name} has no ${field}`);
  }
  for (const unique of ['urn', 'dfeCode', 'onsCode'] as const) {
    const seen = new Map<string, string>();
    for (const e of all) {
      if (!e[unique]) continue;
      if (seen.has(e[unique])) fail(`${seen.get(e[unique])} and ${e.name} share ${unique} ${e[unique]}`);
      seen.set(e[unique], e.name);
    }
  }
  const owner = new Map<string, string>();
  for (const e of all) {
    for (const n of e.names) {
      const plain = normaliseName(n);
      const other = owner.get(plain);
      if (other && other !== e.key) fail(`"${n}" names both ${other} and ${e.key}`);
      owner.set(plain, e.key);
    }
  }
  for (const shared of Object.keys(SHARED_NAMES)) if (owner.has(normaliseName(shared))) fail(`"${shared}" is shared, but ${owner.get(normaliseName(shared))} has it`);
  return { current, former };
}

const q = (value: string) => JSON.stringify(value);

function render({ current, former }: { current: Entry[]; former: Entry[] }): string {
  const nameRow = (e: Entry) => `  [${[e.key, e.name, e.urn, e.dfeCode, e.names.filter((n) => n !== e.name).join('|')].map(q).join(', ')}],`;
  const detailRow = (e: Entry) => `  [${[e.key, e.onsCode, e.region, e.domain, e.neighbours.join(' '), e.succeededBy.join(' ')].map(q).join(', ')}],`;
  return `// Generated by scripts/make-authorities.ts (npm run data:authorities) from ../shared/data/ofsted/${SOURCE_FILE}:
// the register of England's children's services authorities that the JT-39/ofsted-ilacs-scrape-tool
// project compiled from ONS and DfE data, kept beside Ofsted's official statistics, as at 31 March
// 2025; and the script's reviewed names (trusts, short forms). Do not edit: change the script, run it.
// The names and numbers that identify an authority stand apart from the rest of its row, so what
// reads a page (the detection script on every matched page) carries them alone.

export const REGISTER_SOURCE = 'Register of local authorities by JT-39/ofsted-ilacs-scrape-tool (ONS and DfE data), with Ofsted official statistics, as at 31 March 2025';
export const REGISTER_AS_AT = '2025-03-31';

/**
 * key, name, Ofsted URN, DfE code, other names to match than the name ('|'-separated). URN and
 * DfE code are '' where a former authority has none.
 */
export type NameRow = readonly [string, string, string, string, string];

/**
 * key, ONS code, region, web domain, statistical neighbours (DfE codes, space-separated, in the
 * register's order), succeeded by (keys; former authorities only); in the order of the names.
 * The domain is '' where a former authority has none.
 */
export type DetailRow = readonly [string, string, string, string, string, string];

/** The ${current.length} authorities with children's services today. */
export const CURRENT_NAMES: readonly NameRow[] = [
${current.map(nameRow).join('\n')}
];

/** Authorities that no longer exist, whose inspections Ofsted's tables still hold. */
export const FORMER_NAMES: readonly NameRow[] = [
${former.map(nameRow).join('\n')}
];

/** Names more than one authority goes by: no key, never a guess. name → keys (space-separated). */
export const SHARED_NAMES: Readonly<Record<string, string>> = {
${Object.entries(SHARED_NAMES).map(([name, keys]) => `  ${q(name)}: ${q(keys.join(' '))},`).join('\n')}
};

export const CURRENT_DETAILS: readonly DetailRow[] = [
${current.map(detailRow).join('\n')}
];

export const FORMER_DETAILS: readonly DetailRow[] = [
${former.map(detailRow).join('\n')}
];
`;
}

const register = build(readCsv(SOURCE_FILE));
writeFileSync(OUT, render(register));
console.log(`make-authorities: ${register.current.length} current and ${register.former.length} former authorities written to ${OUT}`);
