// A page as the core reads it: the text of its body with its structure kept (block-text.ts), and,
// for a news article, the body Readability finds on a copy of the page, since an article's page
// carries menus and other stories around it. Standard DOM only: the page's own in a browser,
// linkedom's in Node (the CLI), each with its own way to parse Readability's HTML.
import { Readability } from '@mozilla/readability';
import type { PageInput } from '../recognise/detectors';
import { recognise } from '../recognise/recognise';
import { blockText } from '../text/block-text';
import { wholePage } from './whole-page';

export type ParseHtml = (html: string) => Document;

/** A news page's article, or the whole page when Readability finds none that reads as news. */
export function articleOf(doc: Document, whole: PageInput, parseHtml: ParseHtml): PageInput {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return whole;
  const body = parseHtml(`<!doctype html><html><body>${article.content}</body></html>`).body;
  const input: PageInput = { url: whole.url, text: blockText(body), title: article.title ?? whole.title };
  return recognise(input) === 'news' ? input : whole;
}

/** What the core reads of any page: its text, or a news article's body. */
export function pageInput(doc: Document, url: string | undefined, parseHtml: ParseHtml): PageInput {
  const whole = wholePage(doc, url);
  return recognise(whole) === 'news' ? articleOf(doc, whole, parseHtml) : whole;
}
