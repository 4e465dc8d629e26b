// One named, pure predicate per kind of document, each with examples it must accept.
// A test checks that every detector rejects every other detector's examples: a false badge is
// worse than none.
import { runTogether } from '../text/text-blocks';
import type { DocumentKind } from '../schema/domain';
import { isOfstedHost } from '../sites';
import { isChildrensServicesReport } from './evidence';
import { APOS, FOCUSED_VISIT_TITLE, JTAI_TITLE, MONITORING_VISIT_TITLE, SIF_TITLE } from '../vocabulary/titles';

export type PageInput = {
  /** Where the document came from; absent for a local file. */
  url?: string;
  /** The document's text (a PDF's extracted text, a page's body text). */
  text: string;
  /** The page title, when there is one. */
  title?: string;
  /** Read from a PDF: a report file, never a news article. */
  pdf?: boolean;
};

export type Detector = {
  kind: DocumentKind;
  test: (input: PageInput, head: string) => boolean;
  examples: readonly string[];
};

// Ofsted's visit letters open on what they are ("This letter summarises the findings of …", in
// every letter of real-pdf/focused-visit/); a press release quoting the letter's words does not.
// A letter is never a report, though it names the report it follows up.
const isLetter = (head: string) => /\bThis letter summarises\b/i.test(head);

// Weighed evidence (evidence.ts), not one line: a trust's title, two lead inspectors or none still read.
export const isIlacsReport: Detector = {
  kind: 'ilacs',
  test: (input, head) => !isLetter(head) && !SIF_TITLE.test(runTogether(head)) && isChildrensServicesReport(input, head),
  examples: [
    "Inspection of Portsmouth City Council local authority children's services\n\nInspection dates: 15 to 19 May 2023\n\nLead inspector: Christine Kennet, His Majesty's Inspector",
    'Inspection of Thurrock Council local authority children’s services\nInspection dates: 4 to 15 March 2019\nLead inspector: Ofelia Jones',
    'Inspection of Portsmouth City local\n\nauthority children’s services\n\nInspection dates: 6 to 10 July 2026\n\nLead inspector: Steve Bailey',
    'Cornwall Council\n\nInspection of children’s social care services\n\nInspection dates: 14 October 2019 to 18 October 2019\n\nLead inspector: Emmy Tomsett',
  ],
};

export const isSifReport: Detector = {
  kind: 'sif',
  test: (_, head) => !isLetter(head) && SIF_TITLE.test(runTogether(head)),
  examples: [
    'Portsmouth City Council\nInspection of services for children in need of help and protection, children looked after and care leavers\nand\nReview of the effectiveness of the local safeguarding children board\nInspection date: 12 May 2014 – 5 June 2014',
  ],
};

export const isFocusedVisit: Detector = {
  kind: 'focused-visit',
  test: (_, head) =>
    isLetter(head) &&
    (FOCUSED_VISIT_TITLE.test(head) ||
      /\bfindings of (?:the|a) focused visit to\b/i.test(head)),
  examples: [
    "Focused visit to Bristol City Council children's services\n\nThis letter summarises the findings of the focused visit to Bristol City Council children's services on 3 and 4 March 2021.",
  ],
};

export const isMonitoringVisit: Detector = {
  kind: 'monitoring-visit',
  test: (_, head) =>
    isLetter(head) &&
    (MONITORING_VISIT_TITLE.test(head) ||
      /\bfindings of the (?:\w+ )?monitoring visit to\b/i.test(head)),
  examples: [
    'Monitoring visit to Tameside Metropolitan Borough Council children’s services\nThis letter summarises the findings of the fourth monitoring visit to Tameside children’s services on 9 and 10 February 2022.',
  ],
};

export const isJtai: Detector = {
  kind: 'jtai',
  test: (_, head) => JTAI_TITLE.test(head),
  examples: [
    'Joint targeted area inspection of the multi-agency response to children and families who need help in Leeds\n\nThis letter summarises the findings of a joint targeted area inspection (JTAI)',
  ],
};

const LA_CUES = new RegExp(
  [
    String.raw`children${APOS}s services`,
    'help and protection',
    'children in care',
    'care leavers',
    'looked after children',
    'children looked after',
    'social work(?:ers)?',
    'local authority',
    'safeguarding',
  ].join('|'),
  'gi',
);
const OTHER_REMIT_CUES = new RegExp(
  [
    String.raw`(?<!virtual )\bschool\b`,
    String.raw`\bpupils?\b`,
    String.raw`(?<!virtual )\bheadteacher\b`,
    String.raw`\bacademy\b`,
    String.raw`children${APOS}s homes?\b`,
    String.raw`\bnurser(?:y|ies)\b`,
    String.raw`\bcollege\b`,
    String.raw`\bSEND\b`,
  ].join('|'),
  'gi',
);
const OUTCOME_CUE = /\b(?:rated|rates|judged|inspectors?|inspection|inspected)\b/i;
const STRONG_CUE = new RegExp(String.raw`children${APOS}s services|help and protection|care leavers|children in care`, 'i');

/** How many times the pattern (global, and never empty) matches, without making the matches: a page may hold hundreds of thousands. */
const count = (text: string, pattern: RegExp) => {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) found += 1;
  return found;
};
// A short item or a press release says it in one line: "Havering children's services rated inadequate",
// "A quarter of councils now rated outstanding for children's services".
const SERVICES_RATED = new RegExp(
  String.raw`children${APOS}s (?:social care )?services\b[^.!?\n]{0,60}\b(?:rated|judged|graded|rating|judgement|verdict)\b|\b(?:rated|judged|graded|rating|judgement|verdict)\b[^.!?\n]{0,60}\bchildren${APOS}s (?:social care )?services\b`,
  'i',
);

export const isInspectionNews: Detector = {
  kind: 'news',
  test: ({ url, text, pdf }, head) => {
    if (pdf || isOfstedHost(url) || !/\bOfsted\b/i.test(text) || !OUTCOME_CUE.test(text) || !STRONG_CUE.test(text)) return false;
    const la = count(text, LA_CUES);
    const otherRemit = count(text, OTHER_REMIT_CUES);
    return (la >= 3 && la > 2 * otherRemit) || (la > otherRemit && SERVICES_RATED.test(head));
  },
  examples: [
    "Ofsted rates Portsmouth 'good'\n\nServices for children in Portsmouth have improved since the last Ofsted inspection and have been rated as 'good' by the inspectorate.\n\nThe experiences and progress of children who need help and protection is good. Social workers act promptly. Care leavers benefit from a specialist service.",
    "Sandwell children's services rated inadequate\nOfsted inspectors found that children in care experience delay and the local authority's leaders have not acted. Care leavers lose contact with their social workers.",
    "Havering children's services rated inadequate\n\nHavering Council's children's services have been rated inadequate by Ofsted, down from good in 2018.",
  ],
};

/** Report detectors first: a report's text quoted on a news page is still a news page's business. */
export const DETECTORS: readonly Detector[] = [
  isIlacsReport,
  isSifReport,
  isFocusedVisit,
  isMonitoringVisit,
  isJtai,
  isInspectionNews,
];
