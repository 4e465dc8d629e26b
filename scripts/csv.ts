// The CSVs in ../shared/data/ofsted/ as records keyed by their header row: quoted fields (with
// commas and doubled quotes inside), CRLF or LF line ends, a UTF-8 byte-order mark.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** The folder holding Ofsted's tables and the register: ../shared/data/ofsted, or OFSTED_LENS_DATA. */
export const DATA_DIR = resolve(PROJECT_ROOT, process.env.OFSTED_LENS_DATA ?? '../shared/data/ofsted');

export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...records] = rows.filter((r) => r.some((f) => f !== ''));
  if (!header) return [];
  return records.map((r, n) => {
    if (r.length !== header.length) throw new Error(`row ${n + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h.trim(), r[i]!.trim()]));
  });
}

export function readCsv(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(resolve(DATA_DIR, file), 'utf8'));
}

/** Ofsted's dd/mm/yyyy as an ISO date. */
export function isoFromOfsted(date: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(date);
  if (!match) throw new Error(`not a dd/mm/yyyy date: "${date}"`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}
