// npm run data:outcomes: writes utils/core/authorities/outcomes.ts, Ofsted's official outcomes of every
// ILACS inspection to 31 March 2025 and each authority's latest judgements, keyed by the register's
// authority keys, from ilacs-history-to-2025-03-31.csv and latest-judgements-2025-03-31.csv in
// ../shared/data/ofsted/ (or OFSTED_LENS_DATA). Run npm run data:authorities first when the
// register changes. It stops, writing nothing, on a row it cannot place or read.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTHORITIES, FORMER_AUTHORITIES, authorityByDfeCode, findAuthority, type Authority } from '../utils/core/authorities/match';
import { isoFromOfsted, readCsv } from './csv';

const HISTORY_FILE = 'ilacs-history-to-2025-03-31.csv';
const LATEST_FILE = 'latest-judgements-2025-03-31.csv';
const OUT = resolve(import.meta.dirname, '../utils/core/authorities/outcomes.ts');
const EXPECTED = { history: 271, latest: 153 };
// From January 2023 children in care and care leavers are judged apart; before, one judgement.
const SPLIT_FROM = '2023-01-01';

const COLUMNS = [
  'Overall effectiveness',
  'The impact of leaders on social work practice with children and families',
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children in care',
  'The experiences and progress of care leavers',
] as const;
const GRADE_LETTERS: Record<string, string> = { Outstanding: 'O', Good: 'G', 'Requires improvement to be good': 'R', Inadequate: 'I' };
const TYPES: Record<string, string> = { 'ILACS Standard Inspection': 'standard', 'ILACS Short Inspection': 'short' };

// The web_link_url column added to the CSVs links these authorities to another's page (DfE 206 is
// Islington, 941 West Northamptonshire): their ONS codes and names place them.
const WRONG_WEB_LINKS: Record<string, string> = { 'city-of-london': '206', 'north-northamptonshire': '941' };

type Row = Record<string, string>;
type Outcome = { key: string; start: string; published: string; type: string | null; grades: string };

function fail(message: string): never {
  throw new Error(`make-outcomes: ${message}`);
}

const everyAuthority: readonly Authority[] = [...AUTHORITIES, ...FORMER_AUTHORITIES];

/**
 * The register's authority for a row: by its ONS code, else by its name (Barnsley's and Sheffield's
 * codes changed in 2024, and the tables keep the old ones). Both, where both place it, must agree;
 * so must the DfE code in its web link, which for an authority that no longer exists is a successor's.
 */
function authorityOf(row: Row, where: string): Authority {
  const byCode = everyAuthority.find((a) => a.onsCode === row['Local authority area code']);
  const byName = findAuthority(row['Local authority name']!);
  if (byCode && byName && byCode !== byName) fail(`${where}: code ${row['Local authority area code']} is ${byCode.name}, name "${row['Local authority name']}" is ${byName.name}`);
  const authority = byCode ?? byName ?? fail(`${where}: no authority for "${row['Local authority name']}" (${row['Local authority area code']})`);
  const code = /\/provider\/44\/(\d+)$/.exec(row.web_link_url ?? '')?.[1] ?? '';
  const linked = authorityByDfeCode(code);
  const linkOk = WRONG_WEB_LINKS[authority.key] === code || (authority.current ? linked === authority : linked !== null && authority.succeededBy.includes(linked.key));
  if (!linkOk) fail(`${where}: ${authority.name}'s web link ${row.web_link_url} is not its page`);
  return authority;
}

function outcomeOf(row: Row, where: string, withType: boolean): Outcome {
  const authority = authorityOf(row, where);
  const start = isoFromOfsted(row['Inspection date']!);
  const published = isoFromOfsted(row['Publication date']!);
  if (published < start) fail(`${where}: published before it started`);
  const letters = COLUMNS.map((c) => (row[c] ? (GRADE_LETTERS[row[c]!] ?? fail(`${where}: grade "${row[c]}"`)) : ''));
  const split = start >= SPLIT_FROM;
  if (letters.slice(0, 4).some((l) => !l)) fail(`${where}: a judgement is missing`);
  if (split !== Boolean(letters[4])) fail(`${where}: care leavers ${split ? 'not judged apart' : 'judged apart'} in an inspection starting ${start}`);
  const type = withType ? (TYPES[row['Inspection type']!] ?? fail(`${where}: inspection type "${row['Inspection type']}"`)) : null;
  return { key: authority.key, start, published, type, grades: letters.join('') };
}

function build() {
  const history = readCsv(HISTORY_FILE).map((row, i) => outcomeOf(row, `${HISTORY_FILE} row ${i + 2}`, true));
  const latest = readCsv(LATEST_FILE).map((row, i) => outcomeOf(row, `${LATEST_FILE} row ${i + 2}`, false));
  if (history.length !== EXPECTED.history) fail(`${history.length} inspections in the history, not ${EXPECTED.history}`);
  if (latest.length !== EXPECTED.latest) fail(`${latest.length} latest judgements, not ${EXPECTED.latest}`);
  const latestKeys = new Set(latest.map((o) => o.key));
  if (latestKeys.size !== AUTHORITIES.length || !AUTHORITIES.every((a) => latestKeys.has(a.key))) fail('the latest judgements are not one for each current authority');

  const byKey = new Map<string, Outcome[]>();
  for (const o of [...history].sort((a, b) => a.start.localeCompare(b.start))) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  for (const [key, list] of byKey) {
    if (new Set(list.map((o) => o.start)).size !== list.length) fail(`${key} has two inspections starting the same day`);
  }
  // The latest table is the history's last row for each authority: a difference is a data error.
  for (const o of latest) {
    const last = byKey.get(o.key)?.at(-1);
    if (!last || last.start !== o.start || last.published !== o.published || last.grades !== o.grades) fail(`${o.key}'s latest judgements are not its last inspection in the history`);
  }
  return { byKey, latest };
}

const q = (value: string) => JSON.stringify(value);

function render({ byKey, latest }: ReturnType<typeof build>): string {
  const history = [...byKey].sort(([a], [b]) => a.localeCompare(b));
  return `// Generated by scripts/make-outcomes.ts (npm run data:outcomes) from ../shared/data/ofsted/${HISTORY_FILE}
// and ${LATEST_FILE}: Ofsted's official statistics "Local authority inspection
// outcomes as at 31 March 2025" (published September 2025; Crown copyright, Open Government Licence
// v3.0), keyed by the register's authority keys (register.ts). Do not edit: change the script, run it.
// Read through official.ts; loaded only where it is shown, never by the content script.

export const OFFICIAL_SOURCE = 'Ofsted official statistics, as at 31 March 2025';
export const OFFICIAL_AS_AT = '2025-03-31';

/**
 * authority key, start, publication date, type ('standard' or 'short'), grades: one letter each
 * (O outstanding, G good, R requires improvement to be good, I inadequate) for overall
 * effectiveness, leaders, help and protection, children in care (and care leavers, before 2023),
 * and care leavers from 2023.
 */
export type OutcomeRow = readonly [string, string, string, 'standard' | 'short', string];

/** Every ILACS inspection to 31 March 2025 (${history.flatMap(([, list]) => list).length}), one a row, by authority key and oldest first within each. */
export const ILACS_OUTCOMES: readonly OutcomeRow[] = [
${history.flatMap(([, list]) => list.map((o) => `  [${[o.key, o.start, o.published, o.type!, o.grades].map(q).join(', ')}],`)).join('\n')}
];

/** Each current authority's latest judgements at 31 March 2025 (${latest.length}): start, publication date, grades as above. */
export const LATEST_OUTCOMES: Readonly<Record<string, readonly [string, string, string]>> = {
${[...latest].sort((a, b) => a.key.localeCompare(b.key)).map((o) => `  ${q(o.key)}: [${[o.start, o.published, o.grades].map(q).join(', ')}],`).join('\n')}
};
`;
}

const outcomes = build();
writeFileSync(OUT, render(outcomes));
console.log(`make-outcomes: ${[...outcomes.byKey.values()].flat().length} inspections of ${outcomes.byKey.size} authorities and ${outcomes.latest.length} latest judgements written to ${OUT}`);
