import { CAPS } from '../schema/caps';

const MARK = ' …';

/**
 * A paragraph longer than any report's is cut to the cap, its cut marked, so a hostile page's
 * megabyte "paragraph" leaves the rest of the document readable instead of refusing it whole.
 */
export function cutParagraph(text: string): string {
  return text.length <= CAPS.paragraph ? text : `${text.slice(0, CAPS.paragraph - MARK.length)}${MARK}`;
}
