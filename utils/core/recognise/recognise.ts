import type { DocumentKind } from '../schema/domain';
import { isOfstedHost } from '../sites';
import { APOS } from '../vocabulary/titles';
import { DETECTORS, type PageInput } from './detectors';
import { carriesJudgementTable, showsReportLayout, titledOtherRemit } from './evidence';
import { isOlderOfstedKind } from './older-kinds';

// Reports state their title, dates and judgement table within the first page or two.
const HEAD_LENGTH = 4000;
const OURS_AT_ALL = /children/i;

/** The one cheap test before any reading: from Ofsted's hosts, or about children at all. */
export function mayBeOurs(input: PageInput): boolean {
  return isOfstedHost(input.url) || OURS_AT_ALL.test(input.text);
}

/** What a document is, or null when it is not an Ofsted children's services document or news of one. */
export function recognise(input: PageInput): DocumentKind | null {
  if (!mayBeOurs(input)) return null;
  const head = input.text.slice(0, HEAD_LENGTH);
  return DETECTORS.find((detector) => detector.test(input, head))?.kind ?? null;
}

export const UNCLASSIFIED_REASON = 'Ofsted Lens could not tell what kind of Ofsted document this is.';
export const OLDER_KIND_REASON = 'This is one of Ofsted’s older kinds of children’s services document, which Ofsted Lens does not read.';

// What an Ofsted page on another subject (a school, a nursery) lacks: any word of children's services.
const ABOUT_CHILDRENS_SERVICES = new RegExp(String.raw`children${APOS}s (?:social care )?services|help and protection|children in care|care leavers|children looked after|safeguarding children`, 'i');

/**
 * Why a document gets no kind, when it is Ofsted's and on children's services, so that it is said
 * rather than shown as nothing: from an Ofsted host, on children's services and laid out as a
 * report in some part, or carrying the
 * labels of Ofsted's judgement table, but read as no kind; or of a kind older than those read.
 * Null for any other page, which stays silent, and for Ofsted's reports on schools, children's
 * homes or area SEND, which are not children's services documents at all.
 */
export function unrecognisedReason(input: PageInput): string | null {
  const head = input.text.slice(0, HEAD_LENGTH);
  if (isOlderOfstedKind(input)) return OLDER_KIND_REASON;
  if (titledOtherRemit(head)) return null;
  // Ofsted's search and provider pages are on children's services too, but are not documents.
  const fromOfsted = isOfstedHost(input.url) && ABOUT_CHILDRENS_SERVICES.test(head) && showsReportLayout(input, head);
  return fromOfsted || carriesJudgementTable(head) ? UNCLASSIFIED_REASON : null;
}

export type Recognition = { kind: DocumentKind; reason: null } | { kind: null; reason: string | null };

/** What a document is, or, when it is no kind, why (when it is Ofsted's and that should be said). */
export function recogniseWithReason(input: PageInput): Recognition {
  const kind = recognise(input);
  return kind ? { kind, reason: null } : { kind: null, reason: unrecognisedReason(input) };
}
