// Which authority a name, a headline or a reports.ofsted.gov.uk provider number is about, from the
// register (register.ts, generated from the data): never a key the register does not hold.
import search from 'approx-string-match';
import { CURRENT_DETAILS, FORMER_DETAILS, type DetailRow } from './register';
import { CURRENT_IDENTITIES, FIRST_WORDS, FORMER_IDENTITIES, identityByDfeCode, identityByUrn, KEY_BY_NAME, keyForName, LONGEST_NAME, SHARED_KEYS, type AuthorityIdentity } from './identify';
import { nameForms, normaliseName } from './names';

export type Authority = AuthorityIdentity & {
  onsCode: string;
  region: string;
  domain: string | null;
  /** Statistical neighbours' keys, in the register's order; none for a former authority. */
  neighbours: readonly string[];
  /** A former authority's successors' keys. */
  succeededBy: readonly string[];
};

const dfeToKey = new Map([...CURRENT_IDENTITIES, ...FORMER_IDENTITIES].map((a) => [a.dfeCode, a.key]));

function withDetails(identity: AuthorityIdentity, row: DetailRow | undefined): Authority {
  if (row?.[0] !== identity.key) throw new Error(`The register's details are not in the order of its names at ${identity.key}.`);
  const [, onsCode, region, domain, neighbours, succeededBy] = row;
  const list = (field: string, sep: string) => (field ? field.split(sep) : []);
  return {
    ...identity,
    onsCode,
    region,
    domain: domain || null,
    neighbours: list(neighbours, ' ').map((code) => dfeToKey.get(code)!),
    succeededBy: list(succeededBy, ' '),
  };
}

/** The 153 authorities with children's services today, in the register's order. */
export const AUTHORITIES: readonly Authority[] = CURRENT_IDENTITIES.map((a, i) => withDetails(a, CURRENT_DETAILS[i]));
/** Authorities that no longer exist, whose inspections Ofsted's tables still hold. */
export const FORMER_AUTHORITIES: readonly Authority[] = FORMER_IDENTITIES.map((a, i) => withDetails(a, FORMER_DETAILS[i]));

const byKey = new Map<string, Authority>();
const byDomain = new Map<string, Authority>();
for (const authority of [...AUTHORITIES, ...FORMER_AUTHORITIES]) {
  byKey.set(authority.key, authority);
  if (authority.domain && authority.current) byDomain.set(authority.domain, authority);
}
const authorityOf = (identity: AuthorityIdentity | null) => (identity ? byKey.get(identity.key)! : null);
/** Plain name → the authority, or null for a name more than one goes by. */
const byName = new Map([...KEY_BY_NAME].map(([name, key]) => [name, key === null ? null : byKey.get(key)!]));
const longestName = LONGEST_NAME;
const firstWords = FIRST_WORDS;
const sharedKeys = SHARED_KEYS;

export function authorityByKey(key: string): Authority | null {
  return byKey.get(key) ?? null;
}

/** reports.ofsted.gov.uk/provider/44/<URN>. */
export function authorityByUrn(urn: string | number): Authority | null {
  return authorityOf(identityByUrn(urn));
}

/** reports.ofsted.gov.uk/provider/44/<DfE code>: the form Ofsted's own tables link to. */
export function authorityByDfeCode(code: string | number): Authority | null {
  return authorityOf(identityByDfeCode(code));
}

/**
 * The authority a name stands for: "Portsmouth City Council", "London Borough of Hounslow",
 * "County Durham", "BCP Council", "Bradford Children and Families Trust". The name as written is
 * looked up first, then with its council words taken off one by one; null when nothing matches
 * or the name belongs to more than one authority ("Achieving for Children").
 */
export function findAuthority(text: string): Authority | null {
  const key = keyForName(text);
  return key === null ? null : byKey.get(key)!;
}

// A misspelt name ("Central Bedforshire") is matched within one slip, two in a long name; short
// names are never matched loosely (Bedford and Bradford, Sutton and Hutton are a letter apart).
const SHORTEST_LOOSE = 8;
const LONG_NAME = 16;

/**
 * The authority a misspelt name stands for: the one register name within a slip or two of it
 * (approx-string-match's edit distance), when exactly one authority has such a name; null otherwise.
 * For names the wording already makes an authority's ("… Council", "…'s children's services"), never
 * for any capitalised word.
 */
export function findAuthorityLoosely(text: string): Authority | null {
  const exact = findAuthority(text);
  if (exact) return exact;
  const key = normaliseName(text);
  if (looseAnswers.has(key)) return looseAnswers.get(key)!;
  const answer = nearestName(text);
  // A page may repeat one unknown name thousands of times: each is looked for once.
  if (looseAnswers.size > LOOSE_ANSWERS_KEPT) looseAnswers.clear();
  looseAnswers.set(key, answer);
  return answer;
}

const looseAnswers = new Map<string, Authority | null>();
const LOOSE_ANSWERS_KEPT = 1000;

function nearestName(text: string): Authority | null {
  let found: Authority | null = null;
  for (const form of nameForms(text)) {
    if (form.length < SHORTEST_LOOSE) continue;
    const slips = form.length >= LONG_NAME ? 2 : 1;
    for (const [name, authority] of byName) {
      if (!authority || name[0] !== form[0] || Math.abs(name.length - form.length) > slips) continue;
      if (!search(name, form, slips).some((m) => m.start === 0 && m.end === name.length)) continue;
      if (found && found !== authority) return null;
      found = authority;
    }
    if (found) return found;
  }
  return null;
}

/**
 * Whether a name that begins with this word (as written, possessive or not) may be one findAuthority
 * knows: a quick test for readers that try every run of capitalised words on a page, since
 * findAuthority tries each form of a name.
 */
export function mayBeginName(word: string): boolean {
  const [written, bare] = [firstPlainWord(word), firstPlainWord(word.replace(/['’]s$/, ''))];
  return written === '' || bare === '' || firstWords.has(written) || firstWords.has(bare);
}

/**
 * normaliseName's first word, without normaliseName's passes for a word of plain letters and
 * digits, with apostrophes, full stops and hyphens in it (most words on a page): its part before
 * any hyphen, apostrophes and full stops dropped, in lower case.
 */
function firstPlainWord(text: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9'.-]*$/.test(text)) return normaliseName(text).split(' ')[0]!;
  const hyphen = text.indexOf('-');
  return (hyphen === -1 ? text : text.slice(0, hyphen)).replace(/['.]/g, '').toLowerCase();
}

/**
 * The authority whose own web domain a page is on (democracy.bathnes.gov.uk, www.torbay.gov.uk),
 * from the register's domains; null for any other page or an address that does not parse.
 */
export function authorityByAddress(url: string | undefined): Authority | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = byDomain.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return null;
}

/** The authorities a shared name ("Achieving for Children") belongs to; none for any other name. */
export function authoritiesSharing(text: string): Authority[] {
  const form = nameForms(text).find((f) => byName.has(f));
  return form ? (sharedKeys.get(form) ?? []).map((key) => byKey.get(key)!) : [];
}

// Place names that are also everyday words a headline may open with ("Reading between the
// lines"): they count only beside words that make them a place.
const COMMON_WORDS = new Set(['reading', 'bury']);
const CONNECTIVES = new Set(['of', 'upon', 'and', 'on', 'the', 'with', 'in', 'under']);
const PLACE_BEFORE = /^(?:in|for|rates|rated|at|of|by|to|from|across)$/i;
const PLACE_AFTER = /^(?:council|councils|children['’]?s|borough|city)$/i;

type Word = { text: string; plain: string; bare: string; possessive: boolean };

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu)].map(([raw]) => {
    const trimmed = raw.replace(/\.$/, '');
    const possessive = /['’]s$/i.test(trimmed);
    const plain = normaliseName(trimmed);
    return { text: trimmed, plain, bare: possessive ? normaliseName(trimmed.slice(0, -2)) : plain, possessive };
  });
}

/** Each word of a place name capitalised as a name is ("Isles of Scilly", "BIRMINGHAM"), so "reading" in a sentence is no Reading. */
function writtenAsName(words: readonly Word[]): boolean {
  return words.every((w, i) => (i > 0 && CONNECTIVES.has(w.plain)) || /^[\p{Lu}\p{N}]/u.test(w.text));
}

/** The plain name a run of words spells, if the register has it: the last word as written, or without its possessive. */
function nameAt(span: readonly Word[]): string | null {
  const head = span.slice(0, -1).map((w) => w.plain);
  const last = span[span.length - 1]!;
  for (const end of new Set([last.plain, last.bare])) {
    const plain = [...head, end].join(' ');
    if (byName.has(plain)) return plain;
  }
  return null;
}

/**
 * The one authority a headline names ("Inadequate rating for Birmingham children's services",
 * "Ofsted rates Portsmouth 'good'"): the longest name at each place in it, written as a name.
 * Null when it names none, or more than one; a name several authorities share ("Achieving for
 * Children") leaves the headline to a name of one of them.
 */
export function findAuthorityInHeadline(text: string): Authority | null {
  const words = wordsOf(text);
  const found = new Set<Authority>();
  const shared: string[][] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(longestName, words.length - i); n > 0 && matched === 0; n -= 1) {
      const span = words.slice(i, i + n);
      const plain = nameAt(span);
      if (!plain || !writtenAsName(span)) continue;
      if (COMMON_WORDS.has(plain)) {
        const before = words[i - 1]?.text ?? '';
        const after = words[i + n]?.text ?? '';
        if (!span[n - 1]!.possessive && !PLACE_BEFORE.test(before) && !PLACE_AFTER.test(after)) continue;
      }
      const authority = byName.get(plain) ?? null;
      if (authority) found.add(authority);
      else shared.push(sharedKeys.get(plain) ?? []);
      matched = n;
    }
    i += Math.max(matched, 1);
  }
  if (found.size !== 1) return null;
  const [authority] = found;
  return shared.every((keys) => keys.includes(authority!.key)) ? authority! : null;
}
