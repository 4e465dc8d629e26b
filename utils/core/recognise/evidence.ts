// Whether a document is an inspection report on a local authority's children's services, by the
// evidence of the whole head, each signal weighed, not by one line: a report whose title names a
// trust, whose lead inspectors are two, or whose head has no lead-inspector line still carries its
// judgement table, dates and sections, so one unusual line cannot lose it.
import { authorityKey } from '../authorities/authority-key';
import { isOfstedHost } from '../sites';
import { runTogether } from '../text/text-blocks';
import { APOS, AUTHORITY_IN_TITLE, ILACS_TITLE, TRUST_TITLE } from '../vocabulary/titles';
import type { PageInput } from './detectors';

export type Signal = 'ofsted' | 'title' | 'judgementTable' | 'datesLine' | 'leadInspector' | 'authority' | 'sections';

/**
 * What each signal is worth. A report's title or its judgement table is strong; each line of the
 * head and each mark of Ofsted's hand adds a little. A report's own three head lines (title,
 * dates, lead inspector) are 5, as much as a title with a table.
 */
export const SIGNAL_WEIGHTS: Readonly<Record<Signal, number>> = {
  title: 3,
  judgementTable: 3,
  datesLine: 1,
  leadInspector: 1,
  authority: 1,
  sections: 1,
  ofsted: 1,
};
export const REPORT_THRESHOLD = 5;
// Signals a report's own layout gives, beside who wrote it and about whom: two must agree, so a
// page that only names an authority and Ofsted under a report-like headline is not a report.
const LAYOUT: readonly Signal[] = ['title', 'judgementTable', 'datesLine', 'leadInspector', 'sections'];

// Ofsted's hand: its inspectors' title, its address, its closing notice.
const OFSTED_HAND = new RegExp(
  String.raw`\b(?:His|Her) Majesty${APOS}s Inspectors?\b|\bwww\.gov\.uk/ofsted\b|\breports\.ofsted\.gov\.uk\b|The Office for Standards in Education, Children${APOS}s Services and Skills \(Ofsted\)`,
);
// The labels of the ILACS judgement table (2018 and 2023 frameworks); the grade words a pdf.js line
// puts in the middle of a wrapped label are taken out before they are looked for.
const TABLE_LABELS = [
  /\bimpact of leaders on social work practice\b/i,
  /\bexperiences and progress of children who need help and protection\b/i,
  /\bexperiences and progress of children in care\b/i,
  /\bexperiences and progress of care leavers\b/i,
  /\bOverall effectiveness\b/,
];
const GRADE_WORDS = /\b(?:Outstanding|Good|Requires improvement(?: to be good)?|Inadequate)\b/g;
const TABLE_LABELS_NEEDED = 2;
const DATES_LINE = /^[^\S\n]*Inspection dates?\s*:/m;
const LEAD_INSPECTOR_LINE = /^[^\S\n]*Lead inspectors?\s*:/im;
// The framework's sections, headings of their own lines: "What needs to improve?", and each
// judgement's heading with its grade ("The experiences and progress of children in care: good").
const SECTION_HEADINGS = [
  /^[^\S\n]*What needs to improve(?: in this local authority)?\??[^\S\n]*$/m,
  /^[^\S\n]*The (?:experiences and progress of|impact of leaders on)\b[^\n]{0,120}:[^\S\n]*(?:outstanding|good|requires improvement|inadequate)\b/im,
];
// Ofsted's reports of other remits (schools, children's homes, area SEND) share its table words
// and its hand: their titles say what they inspected.
const OTHER_REMIT_TITLE = new RegExp(String.raw`\bSEND\b|\bspecial educational needs\b|\b(?:Primary |Secondary |Infant |Junior )?School\b|\bAcademy\b|Children${APOS}s home\b|\bCollege\b`, 'i');
const TITLE_LENGTH = 300;

/** The head with the grade words out, so wrapped table labels read whole. */
const withoutGrades = (flat: string) => flat.replace(GRADE_WORDS, ' ').replace(/ {2,}/g, ' ');

/** Carries the labels of Ofsted's judgement table on a council's children's services. */
export function carriesJudgementTable(head: string): boolean {
  const flat = withoutGrades(runTogether(head));
  return TABLE_LABELS.filter((label) => label.test(flat)).length >= TABLE_LABELS_NEEDED;
}

function namesRegisteredAuthority(flat: string): boolean {
  for (const pattern of AUTHORITY_IN_TITLE.ilacs) {
    const name = pattern.exec(flat)?.[1];
    if (name && authorityKey(name)) return true;
  }
  return false;
}

/** The signals a document's head (and its text, for Ofsted's closing notice) gives of being a children's services report. */
export function reportSignals(input: PageInput, head: string): Signal[] {
  const flat = runTogether(head);
  const found: Signal[] = [];
  if (isOfstedHost(input.url) || OFSTED_HAND.test(input.text)) found.push('ofsted');
  if (ILACS_TITLE.test(flat) || TRUST_TITLE.test(flat)) found.push('title');
  if (carriesJudgementTable(head)) found.push('judgementTable');
  if (DATES_LINE.test(head)) found.push('datesLine');
  if (LEAD_INSPECTOR_LINE.test(head)) found.push('leadInspector');
  if (namesRegisteredAuthority(flat)) found.push('authority');
  if (SECTION_HEADINGS.some((heading) => heading.test(input.text))) found.push('sections');
  return found;
}

export const weigh = (signals: readonly Signal[]) => signals.reduce((sum, signal) => sum + SIGNAL_WEIGHTS[signal], 0);

/** Titled as a report of another of Ofsted's remits: a school, a children's home, area SEND. */
export const titledOtherRemit = (head: string) => OTHER_REMIT_TITLE.test(runTogether(head.slice(0, TITLE_LENGTH)));

/** Shows something of a report's layout (a title, the table, a dates or lead-inspector line, the sections): a document, not a site's page. */
export function showsReportLayout(input: PageInput, head: string): boolean {
  return reportSignals(input, head).some((signal) => LAYOUT.includes(signal));
}

/**
 * Enough signals agree that this is a report on a council's children's services. A web page away
 * from Ofsted's hosts (a council's committee paper quoting the report's title and table) must also
 * carry one of the report's own head lines, its dates or its lead inspector.
 */
export function isChildrensServicesReport(input: PageInput, head: string): boolean {
  if (titledOtherRemit(head)) return false;
  const signals = reportSignals(input, head);
  const elsewhere = !input.pdf && !isOfstedHost(input.url);
  if (elsewhere && !signals.includes('datesLine') && !signals.includes('leadInspector')) return false;
  return weigh(signals) >= REPORT_THRESHOLD && signals.filter((signal) => LAYOUT.includes(signal)).length >= 2;
}
