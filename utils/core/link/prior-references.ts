import type { PriorReference } from '../schema/domain';

const EARLIER_EVENT = String.raw`(?:(?:(?:ILACS|SIF|single|full|standard|short|graded|Ofsted)\s+)?(?:inspections?|visits?|focused visit|monitoring visit)|ILACS)`;
const WHICH = String.raw`(?:last|previous|prior|earlier|most recent|preceding)`;

// "since the last inspection in 2018", "at the previous inspection", "since its last inspection in 2014",
// "the last Ofsted inspection"
// "… in 2018", "… of children's services in 2018", "… of safeguarding and looked after children services in 2012"
const LAST_INSPECTION = new RegExp(String.raw`\b(?:the|its|their|this)\s+${WHICH}\s+${EARLIER_EVENT}(?:(?:\s+(?:of|for|into)\s+[^.;,]{1,80}?)?\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2}))?`, 'i');
// "identified in the 2018 inspection", "the 2014 inspection", "the 2019 focused visit"
const YEAR_INSPECTION = new RegExp(String.raw`\bthe\s+((?:19|20)\d{2})\s+${EARLIER_EVENT}`, 'i');
// "when it was last inspected in 2018", "was inspected in 2014"
const INSPECTED_IN = /\b(?:last\s+)?inspected\s+in\s+((?:19|20)\d{2})\b/i;
// "at the time of the inspection in February 2020", "judged inadequate in February 2020"
// (real-pdf/inspection/80553_slough_cs-inspection_2019-03-04.pdf: "judged inadequate in 2011, 2013 and 2015").
const INSPECTION_IN = /\bthe (?:\w+ )?inspection in (?:[A-Z][a-z]+ )?((?:19|20)\d{2})\b/i;
const JUDGED_IN = /\bjudged (?:to be )?(?:inadequate|outstanding|good|to require improvement|requires? improvement(?: to be good)?) in (?:[A-Z][a-z]+ )?((?:19|20)\d{2})\b/i;
const SINCE_PREVIOUSLY = /\bsince\s+(?:it\s+was\s+)?(?:last|previously)\s+inspected\b/i;
// "Since 2018, leaders have strengthened …" opening a sentence ("has not been updated since 2013"
// and "since April 2023" date something else);
// "In 2018, inspectors judged …" (real-pdf/inspection/80498_haringey_cs-inspection_2023-04-11.pdf, paragraphs 47 and 55).
const SINCE_YEAR = /^Since ((?:19|20)\d{2}),/;
const INSPECTORS_IN = /\b[Ii]n ((?:19|20)\d{2}),? (?:inspectors|Ofsted)\b/;

const SENTENCE_END = /(?<=[.!?])["”’']?\s+(?=["“‘'(]?[A-Z0-9])/;

export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter(Boolean);
}

function referenceIn(sentence: string): PriorReference | null {
  for (const pattern of [YEAR_INSPECTION, LAST_INSPECTION, INSPECTED_IN, INSPECTION_IN, JUDGED_IN, INSPECTORS_IN, SINCE_YEAR]) {
    const match = pattern.exec(sentence);
    if (match) return { year: match[1] ? Number(match[1]) : null, sentence };
  }
  if (SINCE_PREVIOUSLY.test(sentence)) return { year: null, sentence };
  return null;
}

// "the last inspection", "its previous Ofsted inspection in 2018", "The previous inspection of …
// was in December 2011": the inspection before, never a visit.
const THE_LAST_INSPECTION = new RegExp(String.raw`\b(?:the|its|their|this)\s+${WHICH}\s+(?:(?:ILACS|SIF|single|full|standard|short|graded|Ofsted)\s+)?inspection\b(?!s)(?:(?:\s+(?:of|for|into)\s+[^.;,]{1,80}?)?\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2}))?`, 'i');

/** Whether a sentence speaks of the last or previous inspection (not a visit), with the year it gives it, if any. */
export function lastInspectionIn(sentence: string): { year: number | null } | null {
  const match = THE_LAST_INSPECTION.exec(sentence);
  return match ? { year: match[1] ? Number(match[1]) : null } : null;
}

/** Sentences that point back to an earlier inspection, with the year each names (null: "the last"). */
export function findPriorReferences(text: string): PriorReference[] {
  return splitSentences(text)
    .map(referenceIn)
    .filter((ref): ref is PriorReference => ref !== null);
}
