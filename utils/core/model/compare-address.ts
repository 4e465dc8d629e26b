// The addresses of the extension's own pages the comparison links: relative, as every extension
// page sits beside the others. Apart from compare-model.ts, so the popup links the compare page
// without loading what the comparison is worked out with.
import { isAllowedSource } from '../sites';

/** compare.html, with the later and earlier documents' sources when chosen (the page picks an earlier one when not). */
export function compareHref(later?: string | null, earlier?: string | null): string {
  const params = new URLSearchParams();
  if (later) params.set('later', later);
  if (later && earlier) params.set('earlier', earlier);
  const query = params.toString();
  return query ? `compare.html?${query}` : 'compare.html';
}

/** The reader at a report PDF, at a paragraph when given (`#p12`); null for anything the reader does not open. */
export function readerHref(source: string, paragraph?: number | null): string | null {
  if (!isAllowedSource(source)) return null;
  return `reader.html?src=${encodeURIComponent(source)}${paragraph ? `#p${paragraph}` : ''}`;
}

/** The popup page as a window of its own, showing one note with its comment open to write. */
export const NOTE_PARAM = 'note';
export const noteEditHref = (noteId: string) => `popup.html?${NOTE_PARAM}=${encodeURIComponent(noteId)}`;
