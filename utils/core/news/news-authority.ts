// Which authorities a news article names, and where. The register of authorities
// (utils/authorities) knows every real one by any of its names, written bare ("Dorset, Durham and
// York"); a name it does not know counts only where the wording makes it an authority: a council's
// full name, "<Name>'s children's services", "children's services in <Name>", "Ofsted rates <Name>",
// "<Name> was rated …". Such a name keeps its written form and gets no key.
import { authorityByAddress, findAuthority, findAuthorityInHeadline, findAuthorityLoosely, mayBeginName } from '../authorities/match';
import { firstWhere } from '../sorted';
import { allMatches } from '../text/all-matches';

export type AuthorityMention = {
  /** The name as the article writes it, council words included ("Leeds City Council"). */
  name: string;
  /** The register's key, or null for a name it does not know. */
  key: string | null;
  /** Ofsted's URN from the register: the authority's page is reports.ofsted.gov.uk/provider/44/<urn>. */
  urn: string | null;
  /** Tells authorities apart within an article: the key, else the place's own words ("rowanshire"). */
  id: string;
  /** Where the mention starts in the text searched. */
  index: number;
};

export type NamedAuthority = Omit<AuthorityMention, 'index'>;

const WORD = String.raw`[A-Z][\w'’&-]*`;
const LINKING = String.raw`(?:of|upon|and|on|the|&)`;
// A place's name: capitalised words, with "upon", "and", "on" … between them ("Kingston upon Thames").
const NAME = String.raw`(${WORD}(?:\s+(?:${WORD}|${LINKING}\s+${WORD})){0,4})`;
const APOS = `['’]`;
// Where a name may start: the first capital of its run of word characters ("Leeds", "'Leeds",
// "mid-Suffolk"). A later capital in the run ("A-A-A-…") can only match where the first does,
// and trying each of them again takes quadratic time.
const NAME_START = String.raw`\b(?=[A-Z])(?<=(?:^|[^\w'’&-])(?:[a-z\d_'’&-]|(?<=\w)[A-Z])*)`;
const CHILDRENS_SERVICES = String.raw`[Cc]hildren${APOS}s\s+(?:[Ss]ocial\s+[Cc]are\s+)?[Ss]ervices`;

// Council names in full: "Leeds City Council", "Telford & Wrekin Council", "Calderdale MBC",
// "London Borough of Hackney", "Royal Borough of Greenwich".
const COUNCIL_NAME = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:\s+(?:${WORD}|${LINKING})){0,5}?\s+(?:(?:City|County|Borough|Metropolitan Borough|District|Metropolitan District|Royal Borough)\s+)?Council)\b(?!lor)(?!\s+(?:Tax|tax))`,
  'g',
);
const COUNCIL_ABBREVIATION = new RegExp(String.raw`${NAME_START}(${WORD}(?:\s+${WORD})?)\s+(?:MBC|MDC|BC|CC|DC)\b`, 'g');
const BOROUGH_OF = new RegExp(String.raw`\b((?:London|Royal) Borough of\s+${WORD}(?:\s+(?:${WORD}|and\s+${WORD}|upon\s+${WORD}))*)`, 'g');
const NAMED_SERVICES = new RegExp(String.raw`${NAME_START}${NAME}(?:${APOS}s)?\s+${CHILDRENS_SERVICES}`, 'g');
// "Leeds has been rated outstanding", "Calderdale has achieved a 'good' rating"
const NAME_RATED = new RegExp(String.raw`${NAME_START}${NAME}\s+(?:has|have|was|were|is|are|had)\s+(?:(?:now|also|since|previously|just|been)\s+)*(?:rated|judged|graded|given|awarded|achieved|received|secured|moved|improved|jumped|climbed|slipped|fallen|dropped)\b`, 'g');
// "Sandwell's children's services", "Birmingham children's services", "children's services in Sandwell",
// "services for children in Portsmouth", "Ofsted rates Portsmouth", "Inspection of … children's services: Rowanshire".
const CONTEXT_PATTERNS: readonly RegExp[] = [
  NAMED_SERVICES,
  new RegExp(String.raw`\b(?:${CHILDRENS_SERVICES}|services\s+for\s+children|children\s+and\s+young\s+people)\s+(?:provided\s+by\s+|at\s+|in\s+)${NAME}`, 'g'),
  new RegExp(String.raw`\bOfsted\s+(?:has\s+)?(?:rates|rated|judges|judged|grades|graded|finds|found|praises|praised|criticises|criticised|says|tells|visits|visited)\s+${NAME}`, 'g'),
  new RegExp(String.raw`\bInspection of local authority ${CHILDRENS_SERVICES}:?\s+${NAME}`, 'g'),
  new RegExp(String.raw`\b(?:visited|inspected|visit to|inspection of|visits to)\s+${NAME}${APOS}s\s+${CHILDRENS_SERVICES}`, 'g'),
  NAME_RATED,
  // "Rated outstanding: Leeds", lists and table rows: "Leeds – outstanding", "Leeds (good)"
  new RegExp(String.raw`(?:^|\n|-\s)${NAME}\s*(?:[:–—]|\t|\s-\s|\()\s*['‘"“]?(?:[Rr]equires?|[Oo]utstanding|[Gg]ood|[Ii]nadequate)\b`, 'g'),
];

// Words the patterns that start at a name cannot match without: a page of capitals without them is
// passed at once, not tried from every capital.
const CUES = new Map<RegExp, RegExp>([
  [COUNCIL_NAME, /Council/],
  [COUNCIL_ABBREVIATION, /\b(?:MBC|MDC|BC|CC|DC)\b/],
  [NAMED_SERVICES, new RegExp(CHILDRENS_SERVICES)],
  [NAME_RATED, /\s(?:has|have|was|were|is|are|had)\s/],
]);

// Words that are never part of an authority's name, though they are capitalised in headlines.
const NOT_NAME_WORDS = new Set([
  'ofsted', 'council', "council's", 'councils', 'children', "children's", 'childrens', 'services', 'service', 'social', 'care',
  'families', 'family', 'inspectors', 'inspector', 'inspection', 'inspections', 'report', 'reports', 'department', 'dfe',
  'government', 'minister', 'director', 'directors', 'councillor', 'cllr', 'cabinet', 'committee', 'board', 'news', 'story',
  'education', 'leaders', 'leadership', 'local', 'authority', 'authorities', 'england', 'uk', 'britain', 'wales', 'scotland',
  'outstanding', 'good', 'inadequate', 'requires', 'improvement', 'rating', 'ratings', 'rated', 'verdict', 'judgement',
  'judgment', 'praise', 'praised', 'the', 'this', 'its', 'their', 'our', 'his', 'her', 'it', 'they', 'we', 'he', 'she',
  'both', 'all', 'three', 'two', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'an', 'and', 'but', 'while',
  'monitoring', 'focused', 'visit', 'visits', 'joint', 'targeted', 'area', 'areas', 'ilacs', 'sif', 'jtai', 'lscb', 'mash',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'published', 'update', 'updated',
  'london', 'midlands', 'humber', 'region', 'cyp', 'now', 'community',
  'latest', 'read', 'more', 'related', 'share', 'home', 'press', 'release', 'media', 'notes', 'editors', 'mr', 'mrs', 'ms',
  'dr', 'sir', 'dame', 'lord', 'lady', 'professor', 'chief', 'executive', 'member', 'members', 'leader', 'mayor',
  'inspectorate', 'majesty', "majesty's", 'hmi', 'since', 'after', 'following', 'only', 'overall', 'in', 'at', 'for',
  'by', 'with', 'from', 'to', 'as', 'if', 'when', 'where', 'during', 'under', 'says', 'said', 'meanwhile', 'however', 'yet',
  'so', 'also', 'then', 'today', 'yesterday', 'last', 'next', 'new', 'first', 'most', 'some', 'other', 'every', 'each',
  'how', 'why', 'what', 'which', 'who', 'impact', 'experiences', 'progress', 'help', 'protection', 'adoption',
  'effectiveness', 'quality', 'practice', 'safeguarding', 'partnership', 'early', 'front', 'door', 'leavers', 'looked',
  'picture', 'photo', 'image', 'credit', 'source', 'full', 'letter', 'agenda', 'item', 'minutes', 'appendix', 'summary',
  'judgements', 'judgments', 'grade', 'grades', 'table', 'key', 'findings', 'strengths', 'improvements',
  'although', 'though', 'because', 'whilst', 'despite', 'including', 'according', 'unlike', 'like', 'once', 'until',
  'unless', 'whether', 'there', 'these', 'those', 'that', 'such', 'many', 'several', 'councillors', 'social workers',
]);
// Words that may stand inside a name but never start or end one.
const JOINING_WORDS = /^(?:of|upon|and|on|the|&)$/i;
const COUNCIL_WORDS = /^(?:City|County|Borough|Metropolitan|District|Royal|Council|MBC|MDC|BC|CC|DC)$/;

/** The place a written name stands for, stripped of grade words and the like; null when nothing place-like is left. */
function placeOf(raw: string): string | null {
  const words = raw.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const isNoise = (word: string) => NOT_NAME_WORDS.has(word.toLowerCase().replace(/['’]s$/, '')) || JOINING_WORDS.test(word);
  // "Council's Children and Families Service": a possessive council is a description, not a place.
  if (words.some((w, i) => i < words.length - 1 && /^Council['’]s$/.test(w))) return null;
  while (words.length > 0 && isNoise(words[0]!) && !/^(?:London|Royal)$/.test(words[0]!)) words.shift();
  while (words.length > 0 && (JOINING_WORDS.test(words[words.length - 1]!) || /^(?:Children['’]s|Children)$/.test(words[words.length - 1]!))) words.pop();
  const place = words.filter((w) => !COUNCIL_WORDS.test(w) && !JOINING_WORDS.test(w));
  if (place.length === 0 || place.every((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) return null;
  // A name never runs on into other words of a headline ("Leeds Children Praised By Ofsted").
  if (place.some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) && !/^London$/.test(w))) return null;
  return words.join(' ').replace(/\s+(?:MBC|MDC|BC|CC|DC)$/, '');
}

/** An authority for a written name, or null when the words name no place. */
export function resolveAuthority(raw: string): NamedAuthority | null {
  const name = placeOf(raw.trim());
  if (!name) return null;
  const known = findAuthorityLoosely(name);
  const place = name
    .split(/\s+/)
    .filter((w) => !COUNCIL_WORDS.test(w) && !/^(?:London|Royal|Borough|of)$/.test(w))
    .join(' ')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-');
  if (!known && !place) return null;
  return { name, key: known?.key ?? null, urn: known?.urn ?? null, id: known?.key ?? place };
}

// Bare names the register knows: runs of capitalised words, with "upon", "and", "of" … inside.
// A comma may stand inside a name ("Bournemouth, Christchurch and Poole"); the longest name the register knows is taken first.
const CAPITALISED_RUN = /[A-Z][\w'’.&-]*(?:,?\s+(?:(?:of|upon|and|on|the|&)\s+)?[A-Z][\w'’.&-]*)*/g;
// Names that are everyday words too ("Reading the report, …"): only beside words that make them a place.
const EVERYDAY = /^(?:Reading|Bury)$/;
const LONGEST_NAME = 6;

function registerMentionsIn(text: string): AuthorityMention[] {
  const mentions: AuthorityMention[] = [];
  for (const run of allMatches(CAPITALISED_RUN, text)) {
    // Where each word of the run starts and ends (a run may hold hundreds of thousands of words).
    const starts: number[] = [];
    const ends: number[] = [];
    for (const word of run[0].matchAll(/\S+/g)) {
      starts.push(word.index);
      ends.push(word.index + word[0].length);
    }
    for (let i = 0; i < starts.length; ) {
      let taken = 0;
      const first = run[0].slice(starts[i], ends[i]);
      for (let n = mayBeginName(first) ? Math.min(LONGEST_NAME, starts.length - i) : 0; n > 0 && taken === 0; n -= 1) {
        const written = run[0].slice(starts[i], ends[i + n - 1]).replace(/[.,]$/, '');
        if (/^(?:of|upon|and|on|the|&)$/i.test(first) || NOT_NAME_WORDS.has(written.toLowerCase())) continue;
        const authority = findAuthority(written);
        if (!authority) continue;
        const at = run.index + starts[i]!;
        const after = text.slice(at + written.length, at + written.length + 20);
        if (EVERYDAY.test(written) && !/^(?:['’]s|\s+(?:Council|Borough|children['’]s))/.test(after)) continue;
        mentions.push({ name: written.replace(/['’]s$/, ''), key: authority.key, urn: authority.urn, id: authority.key, index: at });
        taken = n;
      }
      i += Math.max(taken, 1);
    }
  }
  return mentions;
}

/** Every authority the text names, in order of appearance. */
export function authorityMentionsIn(text: string): AuthorityMention[] {
  // Every name starts with a capital: a text without one is passed at once.
  if (!/[A-Z]/.test(text)) return [];
  const fromRegister = registerMentionsIn(text);
  const mentions: AuthorityMention[] = [...fromRegister];
  const added = new Set<string>();
  // Where the register read a name, the wording's patterns add nothing: "South Gloucestershire Council" is not Gloucestershire too.
  // The register's mentions come in order and apart, so the first that ends after `index` is the only one that may cover it.
  const coveredByRegister = (raw: string, index: number) => {
    const first = fromRegister[firstWhere(fromRegister, (m) => index < m.index + m.name.length + 12)];
    return first !== undefined && first.index < index + raw.length;
  };
  const add = (raw: string, index: number) => {
    const found = resolveAuthority(raw);
    if (!found || coveredByRegister(raw, index) || added.has(`${found.id} ${index}`)) return;
    added.add(`${found.id} ${index}`);
    mentions.push({ ...found, index });
  };
  for (const pattern of [COUNCIL_NAME, COUNCIL_ABBREVIATION, BOROUGH_OF, ...CONTEXT_PATTERNS]) {
    if (CUES.get(pattern)?.test(text) === false) continue;
    for (const m of allMatches(pattern, text)) add(m[1]!, m.index + m[0].indexOf(m[1]!));
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** The distinct authorities among mentions, first mention first, each under its fullest written name. */
export function distinctAuthorities(mentions: readonly AuthorityMention[]): NamedAuthority[] {
  const byId = new Map<string, NamedAuthority>();
  for (const { name, key, urn, id } of mentions) {
    const m = { name, key, urn, id };
    const known = byId.get(m.id);
    if (known === undefined || (m.name.length > known.name.length && m.name.startsWith(known.name))) byId.set(m.id, m);
  }
  return [...byId.values()];
}

/**
 * The one authority an article is about, from its headline (the register's reading of it first),
 * else its opening paragraphs: the first named there; else the council whose own page it is, named
 * alone on a line above the headline; else the one the article names most, twice at least. Null
 * when none is named.
 */
export function findNewsAuthority(headline: string | null, lead: string, masthead: readonly string[] = [], body = '', address?: string): NamedAuthority | null {
  const known = headline ? findAuthorityInHeadline(headline) : null;
  if (known) {
    const written = authorityMentionsIn(headline!).find((m) => m.key === known.key);
    return { name: written?.name ?? known.name, key: known.key, urn: known.urn, id: known.key };
  }
  // The register's names first: a capitalised word before "children's services" may be no place at all.
  for (const text of [headline ?? '', lead]) {
    const found = distinctAuthorities(authorityMentionsIn(text));
    const first = found.find((f) => f.key !== null) ?? found[0];
    if (first) return first;
  }
  // A council's own page (a committee paper, a press release) names the council above the headline, as a line of its own.
  for (const line of masthead) {
    const whole = authorityMentionsIn(line).find((m) => m.index === 0 && m.name.length >= line.replace(/['’]s$/, '').length - 1);
    if (whole) return { name: whole.name, key: whole.key, urn: whole.urn, id: whole.id };
  }
  // A council's own site (its newsroom, its committee papers) is about the council, when the article names none before.
  const site = authorityByAddress(address);
  if (site) return { name: site.name, key: site.key, urn: site.urn, id: site.key };
  // Else the authority the article keeps naming: at least twice, and more often than any other.
  const counts = new Map<string, { authority: NamedAuthority; count: number }>();
  for (const m of authorityMentionsIn(body)) {
    if (!m.key) continue;
    const seen = counts.get(m.id) ?? { authority: { name: m.name, key: m.key, urn: m.urn, id: m.id }, count: 0 };
    counts.set(m.id, { ...seen, count: seen.count + 1 });
  }
  const [top, next] = [...counts.values()].sort((a, b) => b.count - a.count);
  return top && top.count >= 2 && (!next || next.count < top.count) ? top.authority : null;
}
