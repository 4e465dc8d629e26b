// The markers beside a report's findings, worked out from the library's links: one per earlier
// inspection per paragraph, on the sentence it belongs to, in words a reader uses. The linker may
// give a paragraph several links to one inspection (on different sentences, or with different
// relations); a marker shows one, so a paragraph never says "persisting" and "sustained" of 2018 at once.
import { isoDatesInWords } from '../dates';
import type { Finding, FindingLink, Relation, Report } from '../schema/domain';
import { isOfstedHost, isWebUrl } from '../sites';
import { readerHref } from './compare-address';
import { RELATION_WORDS } from './relation-words';

/** Which markers show: by default the concerns and changes; lasting strengths only when asked. */
export type MarkerFilter = 'changes' | 'persisting' | 'improved' | 'declined' | 'all';
export const DEFAULT_MARKER_FILTER: MarkerFilter = 'changes';
export const MARKER_FILTERS: ReadonlyArray<{ value: MarkerFilter; label: string }> = [
  { value: 'changes', label: 'Concerns and changes' },
  { value: 'persisting', label: 'Still a concern' },
  { value: 'improved', label: 'Improved' },
  { value: 'declined', label: 'Declined' },
  { value: 'all', label: 'All, with lasting strengths' },
];

export function markerShown(filter: MarkerFilter, relation: Relation): boolean {
  if (filter === 'all') return true;
  if (filter === 'changes') return relation !== 'sustained';
  return filter === relation;
}

/** Where the earlier words can be read: a report in the reader, at its paragraph (`href` relative to an extension page), or the page they were read from. */
export type EarlierSource = { kind: 'reader'; src: string; paragraph: number | null; href: string; text: string } | { kind: 'web'; href: string; text: string };

export type FindingMarker = {
  findingId: string;
  /** The finding's own paragraph number. */
  number: number;
  /** The earlier inspection as a reader knows it: its year ("2018"), or the years it may be from. */
  when: string;
  relation: Relation;
  matter: string;
  /** The sentence of this finding the marker sits after. */
  at: string;
  /** "2018: still a concern" */
  label: string;
  /** "Still a concern since 2018" */
  title: string;
  /** "In paragraph 27 of the 2018 report:" or, for a news report's point, "A news report of the 2018 inspection said:" */
  where: string;
  /** The earlier sentence. */
  said: string;
  /** "The report refers back to 2018." when the finding itself names the earlier inspection. */
  refersBack: string | null;
  source: EarlierSource | null;
};

/** An earlier inspection is named by its year, never its ISO date ("In 2018-09-03:"): the year given, else the one its date starts with. */
const whenOf = (link: FindingLink) => (link.year !== null ? String(link.year) : /^(\d{4})-\d{2}-\d{2}$/.exec(link.inspection)?.[1] ?? isoDatesInWords(link.inspection));

/** Explicit references first, then the better match. */
const better = (a: FindingLink, b: FindingLink) => (a.explicit !== b.explicit ? a.explicit : a.score > b.score);

function sourceOf(link: FindingLink, when: string): EarlierSource | null {
  const inReader = readerHref(link.source, link.number);
  if (inReader) {
    const text = link.number !== null ? `Open paragraph ${link.number} of the ${when} report` : `Open the ${when} report`;
    return { kind: 'reader', src: link.source, paragraph: link.number, href: inReader, text };
  }
  if (!isWebUrl(link.source)) return null;
  return { kind: 'web', href: link.source, text: link.number !== null ? `Open the ${when} report` : 'Open the news report' };
}

/**
 * Where the earlier words stand. A page elsewhere is named as such even when it reads as a report,
 * so a planted copy on a news site never passes for Ofsted's own.
 */
function whereOf(link: FindingLink, when: string): string {
  const elsewhere = isWebUrl(link.source) && !isOfstedHost(link.source) ? new URL(link.source).hostname : null;
  if (link.number === null) return elsewhere ? `A news report on ${elsewhere} of the ${when} inspection said:` : `A news report of the ${when} inspection said:`;
  return elsewhere ? `On ${elsewhere}, not Ofsted’s own copy, paragraph ${link.number} of a ${when} report:` : `In paragraph ${link.number} of the ${when} report:`;
}

function markerOf(finding: Pick<Finding, 'id' | 'number'>, link: FindingLink): FindingMarker {
  const when = whenOf(link);
  const words = RELATION_WORDS[link.relation];
  return {
    findingId: finding.id,
    number: finding.number,
    when,
    relation: link.relation,
    matter: link.matter,
    at: link.at,
    label: `${when}: ${words.short}`,
    title: `${words.since} ${when}`,
    where: whereOf(link, when),
    said: link.sentence,
    refersBack: link.explicit ? `The report refers back to ${when}.` : null,
    source: sourceOf(link, when),
  };
}

/** Each finding's markers, in the report's order, and within a paragraph oldest inspection first. */
export function findingMarkers(report: Pick<Report, 'findings'>, links: ReadonlyMap<string, readonly FindingLink[]>): FindingMarker[] {
  return report.findings.flatMap((finding) => {
    const chosen = new Map<string, FindingLink>();
    for (const link of links.get(finding.id) ?? []) {
      const held = chosen.get(whenOf(link));
      if (!held || better(link, held)) chosen.set(whenOf(link), link);
    }
    return [...chosen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, link]) => markerOf(finding, link));
  });
}
