// A page's whole text (its structure kept: block-text.ts) and title, as the recognisers take it.
// Apart from page-input.ts, which brings Readability, so the detection script can read a page without it.
import type { PageInput } from '../recognise/detectors';
import { blockText } from '../text/block-text';

export function wholePage(doc: Document, url?: string): PageInput {
  return { url, text: blockText(doc.body ?? doc.documentElement), title: doc.title || undefined };
}
