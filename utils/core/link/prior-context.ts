// Everything the library adds to a report on the page: each finding's links to earlier
// inspections, and the authority's other inspections placed before or after it. Only documents
// from Ofsted's own hosts give grades (and so the direction of travel); a news page's report of an
// inspection is listed as news under its site's name, with no grade, though its findings still
// link, each opening the page it came from. News is linked apart and after the reports, so that it
// never decides which report "the last inspection" is, nor takes a report's place; news of an
// inspection whose Ofsted report the library holds is not linked at all. What is answered is
// bounded (caps.ts): a page receives it.
import { identityOfRead, isReadFrom, type Read } from '../library-identity';
import { oneRecordEach } from '../library-merge';
import { isOfstedSourced } from '../provenance';
import { CAPS } from '../schema/caps';
import { PriorContextSchema, type FindingLink, type HistoryEntry, type PriorContext, type Report } from '../schema/domain';
import type { InspectionRecord } from '../schema/storage';
import { linkFindings } from './link-findings';
import { isEarlier, priorInspectionOf } from './prior-inspection';

const isNews = (record: InspectionRecord) => record.provenance === 'news';

/** The reports' links to each finding, then the news', within the caps. */
function boundedLinks(reports: ReadonlyMap<string, FindingLink[]>, news: ReadonlyMap<string, FindingLink[]>): Array<[string, FindingLink[]]> {
  const cut = (sentence: string) => (sentence.length <= CAPS.linkedSentence ? sentence : `${sentence.slice(0, CAPS.linkedSentence - 1)}…`);
  const ids = [...new Set([...reports.keys(), ...news.keys()])].slice(0, CAPS.findings);
  return ids.map((id) => [
    id,
    [...(reports.get(id) ?? []), ...(news.get(id) ?? [])]
      .slice(0, CAPS.linksPerFinding)
      .map((link) => ({ ...link, sentence: cut(link.sentence), themes: link.themes.slice(0, CAPS.linkTerms), terms: link.terms.slice(0, CAPS.linkTerms) })),
  ]);
}

/** Beyond the history's cap, news rows go before Ofsted's reports and the reader's files do. */
const historyOrder = (entry: HistoryEntry) => (entry.kind === 'news' ? 1 : 0);

/**
 * The links and history for `report`, read as `read` says. The report itself is never one of the
 * others, whichever address the library has it under, and no document is listed twice.
 */
export function priorContext(report: Report, read: Read, library: readonly InspectionRecord[]): PriorContext {
  const identity = identityOfRead(read, report);
  const others = oneRecordEach(
    library.filter((r) => r.authorityKey === report.authorityKey && r.identity !== identity && !isReadFrom(r, read.source)),
  ).keep;
  const referencedYears = report.findings.flatMap((f) => f.priorReferences.map((r) => r.year)).filter((y): y is number => y !== null);
  const yearOf = (r: InspectionRecord) => priorInspectionOf(r.document, referencedYears).year;
  const reportedByOfsted = new Set(others.filter(isOfstedSourced).map(yearOf));
  const news = others.filter((r) => isNews(r) && !reportedByOfsted.has(yearOf(r)));
  const asPrior = (records: InspectionRecord[]) => records.map((r) => ({ source: r.source, doc: r.document }));
  const links = boundedLinks(linkFindings(report, asPrior(others.filter((r) => !isNews(r)))), linkFindings(report, asPrior(news)));
  const currentYear = report.inspection ? Number(report.inspection.start.slice(0, 4)) : 9999;
  const history = others
    .map((r) => {
      const when = priorInspectionOf(r.document, referencedYears);
      const earlier = isEarlier(when, r.document, currentYear);
      const entry: HistoryEntry = isOfstedSourced(r)
        ? { label: when.label, source: r.source, kind: r.kind, grades: r.document.grades, earlier }
        : r.provenance === 'news'
          ? { label: `${when.label}, reported by ${r.site}`, source: r.source, kind: 'news', site: r.site, grades: {}, earlier }
          : { label: `${when.label}, from a file you opened`, source: r.source, kind: r.kind, grades: {}, earlier };
      return { ...entry, year: when.year ?? 0 };
    })
    .sort((a, b) => a.year - b.year || a.label.localeCompare(b.label))
    .map(({ year: _year, ...entry }) => entry);
  const kept = new Set([...history].sort((a, b) => historyOrder(a) - historyOrder(b)).slice(0, CAPS.history));
  return PriorContextSchema.parse({ links, history: history.filter((entry) => kept.has(entry)) });
}
