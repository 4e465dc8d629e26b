// Which authority a name or a reports.ofsted.gov.uk provider number stands for, from the
// register's names and numbers alone (register.ts): all that reading a page needs, so the
// detection script, on every matched page, carries none of the register's codes, regions and
// neighbours. match.ts builds the whole authority on these.
import { CURRENT_NAMES, FORMER_NAMES, SHARED_NAMES, type NameRow } from './register';
import { nameForms, normaliseName, PREFIXES } from './names';

export type AuthorityIdentity = {
  key: string;
  /** The name to show: the ONS name ("County Durham", "Bristol"). */
  name: string;
  /** Ofsted's URN, as in reports.ofsted.gov.uk/provider/44/<URN>; null for a former authority with none on record. */
  urn: string | null;
  /** The DfE's three-digit code, as in reports.ofsted.gov.uk/provider/44/<code>. */
  dfeCode: string | null;
  /** Every name it is matched by: official, ONS, other names, trusts, short forms. */
  names: readonly string[];
  /** False for an authority that no longer exists (Cumbria, Northamptonshire, Bournemouth, Poole). */
  current: boolean;
};

function identityOf([key, name, urn, dfeCode, names]: NameRow, current: boolean): AuthorityIdentity {
  return { key, name, urn: urn || null, dfeCode: dfeCode || null, names: [name, ...(names ? names.split('|') : [])], current };
}

/** The 153 authorities with children's services today, in the register's order. */
export const CURRENT_IDENTITIES: readonly AuthorityIdentity[] = CURRENT_NAMES.map((r) => identityOf(r, true));
/** Authorities that no longer exist, whose inspections Ofsted's tables still hold. */
export const FORMER_IDENTITIES: readonly AuthorityIdentity[] = FORMER_NAMES.map((r) => identityOf(r, false));

const byUrn = new Map<string, AuthorityIdentity>();
const byDfe = new Map<string, AuthorityIdentity>();
/** Plain name → the key of the authority it stands for, or null for a name more than one goes by. */
export const KEY_BY_NAME = new Map<string, string | null>();
/** A shared name → the keys of the authorities that go by it. */
export const SHARED_KEYS = new Map<string, string[]>();
/** The first word of every name the register holds, and of the council words nameForms takes off a name's front. */
export const FIRST_WORDS = new Set(PREFIXES.map((prefix) => prefix.split(' ')[0]!));
let longestName = 1;

for (const authority of [...CURRENT_IDENTITIES, ...FORMER_IDENTITIES]) {
  if (authority.urn) byUrn.set(authority.urn, authority);
  if (authority.dfeCode) byDfe.set(authority.dfeCode, authority);
  for (const name of authority.names) {
    const plain = normaliseName(name);
    KEY_BY_NAME.set(plain, plain && KEY_BY_NAME.has(plain) && KEY_BY_NAME.get(plain) !== authority.key ? null : authority.key);
    longestName = Math.max(longestName, plain.split(' ').length);
    FIRST_WORDS.add(plain.split(' ')[0]!);
  }
}
for (const [name, keys] of Object.entries(SHARED_NAMES)) {
  const plain = normaliseName(name);
  KEY_BY_NAME.set(plain, null);
  SHARED_KEYS.set(plain, keys.split(' '));
  longestName = Math.max(longestName, plain.split(' ').length);
  FIRST_WORDS.add(plain.split(' ')[0]!);
}

/** The most words any name the register holds has. */
export const LONGEST_NAME = longestName;

/** reports.ofsted.gov.uk/provider/44/<URN>. */
export function identityByUrn(urn: string | number): AuthorityIdentity | null {
  return byUrn.get(String(urn).trim()) ?? null;
}

/** reports.ofsted.gov.uk/provider/44/<DfE code>: the form Ofsted's own tables link to. */
export function identityByDfeCode(code: string | number): AuthorityIdentity | null {
  return byDfe.get(String(code).trim()) ?? null;
}

/**
 * The key of the authority a name stands for: "Portsmouth City Council", "London Borough of
 * Hounslow", "County Durham", "BCP Council", "Bradford Children and Families Trust". The name as
 * written is looked up first, then with its council words taken off one by one; null when nothing
 * matches or the name belongs to more than one authority ("Achieving for Children").
 */
export function keyForName(text: string): string | null {
  for (const form of nameForms(text)) {
    if (KEY_BY_NAME.has(form)) return KEY_BY_NAME.get(form) ?? null;
  }
  return null;
}
