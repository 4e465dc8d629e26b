import type { DocumentKind } from '../schema/domain';
import { isOfstedHost } from '../sites';
import { DETECTORS, type PageInput } from './detectors';

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
