// Two inspections of one authority side by side, as the compare page and its Markdown show them:
// both grades and each judgement's direction, "What needs to improve" then and now item to item,
// and the later report's findings linked to the earlier one's, by relation and matter. Only a
// document from Ofsted's own hosts gives grades; any other is listed with where it came from.
import { authorityName } from '../authorities/authority-name';
import { formatLongDate } from '../dates';
import { keepsAddress } from '../library-identity';
import { linkFindings } from '../link/link-findings';
import { judgementTrends, type Direction } from '../link/trends';
import { isOfstedSourced } from '../provenance';
import type { DocumentKind, Grade, Grades, JudgementKey, Relation } from '../schema/domain';
import type { InspectionRecord } from '../schema/storage';
import { isWebUrl } from '../sites';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../vocabulary/judgements';
import { KIND_LABELS } from '../vocabulary/kinds';
import { readerHref } from './compare-address';
import { matchImprovements, type ImprovementMatch } from './improvement-match';
import { RELATION_HEADINGS } from './relation-words';

/** A report the library holds, as the page's selects offer it. */
export type CompareOption = { source: string; label: string };

export type CompareSide = {
  source: string;
  /** "3 September 2018"; null when the document states no date. */
  date: string | null;
  /** "2018" ("undated" for none; the date when both are of one year): how the page and the Markdown name this side in passing. */
  name: string;
  kind: DocumentKind;
  kindLabel: string;
  /** Where it came from, in words ("Ofsted's report PDF on files.ofsted.gov.uk"). */
  from: string;
  /** From Ofsted's own hosts: only then are its grades shown. */
  ofsted: boolean;
  /** Where the report opens: the reader for a report PDF, else the page it was read on; null for neither. */
  href: string | null;
  /** Whether `href` is the reader's. */
  inReader: boolean;
};

export type JudgementRow = {
  key: JudgementKey;
  label: string;
  earlier: Grade | null;
  /** The earlier judgement compared with, when another ("Children in care and care leavers" for 2023's "Children in care"). */
  earlierLabel: string | null;
  later: Grade | null;
  direction: Direction | null;
  /** "Up", "Down", "Same", or why there is none ("Not judged in 2018"). */
  directionWords: string;
};

export type LinkedFinding = {
  laterNumber: number;
  earlierNumber: number | null;
  laterSentence: string;
  earlierSentence: string;
  laterHref: string | null;
  earlierHref: string | null;
  /** The later report names the earlier inspection itself ("identified in the 2018 inspection"). */
  explicit: boolean;
};
export type MatterGroup = { matter: string; findings: LinkedFinding[] };
export type RelationGroup = { relation: Relation; heading: string; matters: MatterGroup[] };

export type CompareModel = {
  authority: string;
  authorityKey: string;
  later: CompareSide;
  earlier: CompareSide | null;
  /** The library's reports of the authority: any for the later side; those before it for the earlier. */
  options: { later: CompareOption[]; earlier: CompareOption[] };
  judgements: JudgementRow[];
  /** Why some or all grades are not shown, in words; null when both sides' grades are. */
  gradesNote: string | null;
  improvements: ImprovementMatch[];
  improvementsNote: string | null;
  findings: RelationGroup[];
  findingsNote: string | null;
};

const DIRECTION_WORDS: Record<Direction, string> = { up: 'Up', down: 'Down', same: 'Same' };

/** Where a report opens: the reader for a report PDF, the page itself for a web page it was read on. */
function openHref(source: string, paragraph?: number | null): string | null {
  return readerHref(source, paragraph) ?? (isWebUrl(source) ? source : null);
}

function fromWords(record: InspectionRecord): string {
  switch (record.provenance) {
    case 'ofsted-pdf':
      return `Ofsted’s report PDF on ${record.site}`;
    case 'ofsted-site':
      return `Ofsted’s report site, ${record.site}`;
    case 'news':
      return `a news report on ${record.site}, not Ofsted`;
    case 'user-file':
      return 'a file you opened, not from Ofsted';
  }
}

const dateOf = (record: InspectionRecord) => (record.start ? formatLongDate(record.start) : null);
/** A page elsewhere that reads as a report is still the news, as the library's provenance says. */
const kindLabelOf = (record: InspectionRecord) => KIND_LABELS[record.provenance === 'news' ? 'news' : record.kind];

function optionOf(record: InspectionRecord): CompareOption {
  const where = record.provenance === 'news' ? `, reported by ${record.site}` : record.provenance === 'user-file' ? ', from a file you opened' : '';
  return { source: record.source, label: `${dateOf(record) ?? 'Undated'}: ${kindLabelOf(record)}${where}` };
}

function sideOf(record: InspectionRecord): CompareSide {
  return {
    source: record.source,
    date: dateOf(record),
    name: record.start ? record.start.slice(0, 4) : 'undated',
    kind: record.kind,
    kindLabel: kindLabelOf(record),
    from: fromWords(record),
    ofsted: isOfstedSourced(record),
    href: openHref(record.source),
    inReader: readerHref(record.source) !== null,
  };
}

const isGraded = (record: InspectionRecord) => isOfstedSourced(record) && record.kind !== 'news' && Object.keys(record.document.grades).length > 0;
const newestFirst = (a: InspectionRecord, b: InspectionRecord) => b.start.localeCompare(a.start);
/** Before `later`: dated earlier, or undated (an article may be about an earlier inspection). */
const isBefore = (record: InspectionRecord, later: InspectionRecord) => record.source !== later.source && (!record.start || !later.start || record.start < later.start);

/** The report a page for the authority opens with: its newest graded report, else its newest dated document, else any. */
export function defaultLater(records: readonly InspectionRecord[]): InspectionRecord | null {
  const sorted = [...records].sort(newestFirst);
  return sorted.find(isGraded) ?? sorted[0] ?? null;
}

/** The authority's latest graded report before `later`, or null. */
export function defaultEarlier(records: readonly InspectionRecord[], later: InspectionRecord): InspectionRecord | null {
  return [...records].sort(newestFirst).find((r) => r.start && later.start && r.start < later.start && isGraded(r)) ?? null;
}

/** The earlier side's judgement `key` of the later one was compared with: its own, or the other framework's counterpart. */
function comparedKey(key: JudgementKey, grade: Grade, earlier: Grades): JudgementKey | null {
  const keys = Object.keys(earlier) as JudgementKey[];
  const counterparts = keys.filter((k) => judgementTrends({ [key]: grade }, [{ label: '', grades: { [k]: earlier[k] } }]).length > 0);
  return counterparts.includes(key) ? key : (counterparts[0] ?? null);
}

function judgementRows(later: Grades, earlier: Grades, laterName: string, earlierName: string): JudgementRow[] {
  const trends = judgementTrends(later, [{ label: earlierName, grades: earlier }]);
  // With one side ungraded there is no direction to give, and the grades note says why.
  const bothGraded = Object.keys(later).length > 0 && Object.keys(earlier).length > 0;
  const notJudged = (name: string) => (bothGraded ? `Not judged in ${name}` : '');
  const used = new Set<JudgementKey>();
  const rows = new Map<JudgementKey, JudgementRow>();
  for (const key of JUDGEMENT_ORDER) {
    const grade = later[key];
    if (!grade) continue;
    const trend = trends.find((t) => t.judgement === key);
    const compared = trend ? comparedKey(key, grade, earlier) : null;
    if (compared) used.add(compared);
    rows.set(key, {
      key,
      label: JUDGEMENT_LABELS[key],
      earlier: trend?.before ?? null,
      earlierLabel: compared && compared !== key ? JUDGEMENT_LABELS[compared] : null,
      later: grade,
      direction: trend?.direction ?? null,
      directionWords: trend ? DIRECTION_WORDS[trend.direction] : notJudged(earlierName),
    });
  }
  for (const key of JUDGEMENT_ORDER) {
    const grade = earlier[key];
    if (!grade || used.has(key) || rows.has(key)) continue;
    rows.set(key, { key, label: JUDGEMENT_LABELS[key], earlier: grade, earlierLabel: null, later: null, direction: null, directionWords: notJudged(laterName) });
  }
  return JUDGEMENT_ORDER.filter((key) => rows.has(key)).map((key) => rows.get(key)!);
}

function gradesNote(later: CompareSide, earlier: CompareSide | null, laterGraded: boolean, earlierGraded: boolean): string | null {
  const notes: string[] = [];
  for (const [what, side, graded] of [['earlier', earlier, earlierGraded], ['later', later, laterGraded]] as const) {
    if (!side) continue;
    if (!side.ofsted) notes.push(`The ${what} document is from ${side.from}, so no grades are shown from it.`);
    else if (!graded) notes.push(`The ${what} ${side.kind === 'ilacs' || side.kind === 'sif' ? 'report’s judgement table could not be read, so no grades are shown from it' : `document, a ${side.kindLabel.replace(/ \(no grade\)$/, '').toLowerCase()}, carries no grades`}.`);
  }
  return notes.length > 0 ? notes.join(' ') : null;
}

function improvementsOf(record: InspectionRecord): string[] {
  return record.document.kind === 'news' ? [] : record.document.improvements;
}

function linkedFindings(later: InspectionRecord, earlier: InspectionRecord): RelationGroup[] {
  const report = later.document;
  if (report.kind === 'news') return [];
  const links = linkFindings(report, [{ source: earlier.source, doc: earlier.document }]);
  const groups = new Map<Relation, Map<string, LinkedFinding[]>>(RELATION_HEADINGS.map(([relation]) => [relation, new Map()]));
  for (const finding of report.findings) {
    for (const link of links.get(finding.id) ?? []) {
      const matters = groups.get(link.relation)!;
      const found: LinkedFinding = {
        laterNumber: finding.number,
        earlierNumber: link.number,
        laterSentence: link.at,
        earlierSentence: link.sentence,
        laterHref: openHref(later.source, finding.number),
        earlierHref: openHref(link.source, link.number),
        explicit: link.explicit,
      };
      matters.set(link.matter, [...(matters.get(link.matter) ?? []), found]);
    }
  }
  return RELATION_HEADINGS.map(([relation, heading]) => ({
    relation,
    heading,
    matters: [...groups.get(relation)!].map(([matter, findings]) => ({ matter, findings })),
  })).filter((group) => group.matters.length > 0);
}

/**
 * The comparison of the authority's `laterSource` with `earlierSource` (by default its latest
 * graded report before it), from `records`, the authority's documents in the library. Null when
 * the library does not hold `laterSource`. Two chosen the wrong way round are put in order.
 */
export function compareModel(records: readonly InspectionRecord[], laterSource: string, earlierSource: string | null = null): CompareModel | null {
  // Either may be any address the report was read from: its record is listed under its best one.
  let later = records.find((r) => keepsAddress(r, laterSource));
  if (!later) return null;
  const chosen = earlierSource === null ? undefined : records.find((r) => r !== later && keepsAddress(r, earlierSource));
  let earlier = chosen ?? defaultEarlier(records, later);
  if (earlier && later.start && earlier.start > later.start) [later, earlier] = [earlier, later];

  const laterSide = sideOf(later);
  const earlierSide = earlier ? sideOf(earlier) : null;
  // Two of one year are told apart by their dates.
  if (earlierSide && earlierSide.name === laterSide.name) {
    laterSide.name = laterSide.date ?? laterSide.name;
    earlierSide.name = earlierSide.date ?? earlierSide.name;
  }
  const laterGrades = laterSide.ofsted ? later.document.grades : {};
  const earlierGrades = earlier && earlierSide?.ofsted ? earlier.document.grades : {};
  const judgements = judgementRows(laterGrades, earlierGrades, laterSide.name, earlierSide?.name ?? 'the earlier inspection');
  const authority = authorityName(later.authorityKey, later.document.authority) ?? later.authorityKey;
  const findings = earlier ? linkedFindings(later, earlier) : [];

  return {
    authority,
    authorityKey: later.authorityKey,
    later: laterSide,
    earlier: earlierSide,
    options: {
      later: [...records].sort(newestFirst).map(optionOf),
      earlier: [...records].sort(newestFirst).filter((r) => isBefore(r, later)).map(optionOf),
    },
    judgements,
    gradesNote: gradesNote(laterSide, earlierSide, Object.keys(laterGrades).length > 0, Object.keys(earlierGrades).length > 0),
    improvements: earlier ? matchImprovements(improvementsOf(earlier), improvementsOf(later)) : [],
    improvementsNote: !earlier
      ? `The library holds no earlier graded report of ${authority} to compare with: choose another document, or read an earlier report in Ofsted Lens.`
      : improvementsOf(earlier).length + improvementsOf(later).length === 0
        ? 'Neither document lists what needs to improve.'
        : null,
    findings,
    findingsNote: !earlier
      ? null
      : later.document.kind === 'news'
        ? `The ${laterSide.name} document is a news report, with no numbered findings to link.`
        : findings.length === 0
          ? `No finding of the ${laterSide.name} report was linked to the ${earlierSide!.name} document.`
          : null,
  };
}

export type AuthorityOption = { key: string; name: string; documents: number };

/** The library's authorities, by name, for the page opened with no report. */
export function authorityOptions(counts: ReadonlyArray<{ key: string; documents: number; name: string | null }>): AuthorityOption[] {
  return counts
    .map(({ key, documents, name }) => ({ key, documents, name: authorityName(key, name) ?? key }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
