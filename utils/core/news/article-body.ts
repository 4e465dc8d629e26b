// Where a news article is on its page, from the page's own structure rather than any one site's
// wording: the headline, then the body from its first paragraph of prose to where the page stops
// being prose (two short lines in a row that are not sentences, such as "Related stories" over a
// teaser's headline, or "Share this page" over "Facebook"; or a teaser cut off with "[...]").
// Readability has usually done this already; the same rules then find nothing to cut.
import { BULLET_ITEM } from '../vocabulary/bullets';
import { textToBlocks } from '../text/text-blocks';

export type ArticleParts = {
  /** What the page shows above the headline: the site's name and menus (a council's page names the council there). */
  masthead: string[];
  headline: string | null;
  /** The article's blocks after the headline: paragraphs, bullets ("- …"), table rows (cells split by tabs). */
  body: string[];
  /** The standfirst under the headline, when there is one, then the body's first paragraphs of prose: where an article says which inspection it reports. */
  lead: string[];
  /** The lines between the headline and the body that are not the standfirst: the byline, the date. */
  datelines: string[];
};

const LEAD_PARAGRAPHS = 3;
const OUTCOME_CUE = /\bOfsted\b|\b(?:rated|rates|judged|inspect\w*|visits?|visited|ratings?|grade|graded|verdict|judgement|outstanding|inadequate|requires? improvement)\b/i;
// Breadcrumbs and menus ("Home > News > …", "News | Social Care | Inspections") and bylines ("By … | 26 July 2024").
const BREADCRUMB = /\s[>»›|]\s/;
const BYLINE = /^(?:By|Published|Updated|Posted|Last updated|Written by)\b/i;
const SENTENCE_END = /[.!?:;"”’)]$/;
const GRADE_WORD = /\b(?:outstanding|good|inadequate|requires? improvement)\b/i;
const TEASER_END = /(?:\[(?:\.\.\.|…)\]|\.\.\.|…)$/;
// A heading or link a page puts around an article is short and is not a sentence.
const SHORT = 120;

/** A paragraph of prose: a sentence or more, long enough not to be a caption or a button. */
export function isProse(block: string): boolean {
  // A line marked up as a heading or a comment ("# …") is not the article's prose.
  return block.length >= 40 && SENTENCE_END.test(block) && !BULLET_ITEM.test(block) && !block.startsWith('#');
}

// A letter's or bulletin's greeting ("Dear colleagues") opens what follows it; it is not the page's furniture.
const GREETING = /^(?:Dear|Hello|Hi)\s+\w+/i;

/** A short line that is neither a sentence, a list item, a table row, a grade nor a greeting: a heading, a link, a menu item. */
function isFurniture(block: string): boolean {
  return block.length < SHORT && !SENTENCE_END.test(block) && !BULLET_ITEM.test(block) && !block.includes('\t') && !GRADE_WORD.test(block) && !GREETING.test(block);
}

/** A list item that is a link's words, not a sentence: "- Council rated inadequate after children left at risk". */
function isLinkItem(block: string): boolean {
  const item = BULLET_ITEM.exec(block)?.[1];
  return item !== undefined && item.length < SHORT && !SENTENCE_END.test(item);
}

/** "Ofsted rates Portsmouth 'good' | Children First": the part of a page title that is the headline. */
function headlineOfTitle(title: string): string {
  // A separator is matched from the first space before it only (the lookbehinds): tried again from
  // each space of a long run, the pattern takes quadratic time.
  const parts = title.split(/(?<!\s)\s+[|–—]\s+|(?<!\s)\s+-\s+(?=[A-Z][^-]*$)/).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return title.trim();
  return parts.find((p) => OUTCOME_CUE.test(p) && p.length > 10) ?? parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function findHeadline(blocks: string[], title: string | undefined): { headline: string | null; start: number } {
  if (title?.trim()) {
    const headline = headlineOfTitle(title);
    const at = blocks.findIndex((b) => b.length > 10 && (b === headline || title.startsWith(b) || headline.startsWith(b)));
    return { headline, start: at === -1 ? -1 : at };
  }
  // The headline is the last headline-like line above the first paragraph: after the site's
  // menus and breadcrumbs ("Home > News > …"), before the byline and the date.
  const isCandidate = (b: string) => b.length <= 160 && !/[.!?:]["”’]?$/.test(b) && !/^["“‘]/.test(b) && OUTCOME_CUE.test(b) && !b.includes('\t') && !BREADCRUMB.test(b);
  const firstProse = blocks.findIndex(isProse);
  const above = blocks.slice(0, firstProse === -1 ? blocks.length : firstProse);
  let at = above.findLastIndex(isCandidate);
  // Over a standfirst that reads like a headline: the headline is the one above it.
  if (at > 0 && isCandidate(above[at - 1]!)) at -= 1;
  // An article's opening without its headline (a page's text from its first paragraph) has none:
  // a line further down is a quote or a subheading, not the headline.
  if (at === -1) {
    const first = blocks.findIndex(isCandidate);
    if (firstProse === -1 || first <= firstProse) at = first;
  }
  return at === -1 ? { headline: null, start: -1 } : { headline: blocks[at]!, start: at };
}

// A picture's credit and caption lines inside an article ("Image source, …", "Image caption,") are not where it ends.
const CAPTION = /^(?:Image (?:source|caption)\b|(?:Picture|Photograph|Photo|Credit)\s*:)/i;

/** Where the article stops: before two pieces of page furniture in a row, or before a teaser and its headline. */
function articleEnd(blocks: string[], from: number, captions: ReadonlySet<number>): number {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (captions.has(i)) continue;
    if (isFurniture(block) && i + 1 < blocks.length && isFurniture(blocks[i + 1]!) && !captions.has(i + 1)) return i;
    // The body's own first paragraph may trail off ("… in Birmingham..."): a teaser is one after it.
    if (TEASER_END.test(block) && i > from) {
      // A teaser's headline stands above it, as a line or as a list item linking to the story,
      // and the list's own heading ("Related stories") above that.
      let j = i - 1;
      while (j > from && isLinkItem(blocks[j]!)) j -= 1;
      if (j >= from && isFurniture(blocks[j]!)) return j;
      return i;
    }
  }
  return blocks.length;
}

export function articleParts(text: string, title?: string): ArticleParts {
  const blocks = textToBlocks(text, { glued: false });
  const { headline, start } = findHeadline(blocks, title);
  const afterHeadline = start + 1;
  // The body starts at its first paragraph of prose (after the byline, the date, the standfirst's
  // picture credit); anything before that on the page is the site's, unless there is no prose at all.
  const firstProse = blocks.findIndex((b, i) => i >= afterHeadline && isProse(b));
  const bodyStart = firstProse === -1 ? afterHeadline : firstProse;
  // A picture's lines, and the caption after "Image caption,": not the article's text, nor its end.
  const captions = new Set<number>();
  blocks.forEach((b, i) => {
    if (!CAPTION.test(b)) return;
    captions.add(i);
    if (/^Image caption\W*$/i.test(b)) captions.add(i + 1);
  });
  const end = articleEnd(blocks, bodyStart, captions);
  const body = blocks.slice(bodyStart, end).filter((_, i) => !captions.has(bodyStart + i));
  // A standfirst between the headline and the body is a sentence of the article's own; a byline or a date is not.
  const between = blocks.slice(afterHeadline, bodyStart);
  const standfirst = between.filter((b) => (b.length >= 40 || /[.!?]["”’]?$/.test(b)) && /\s[a-z]+\s/.test(b) && !BREADCRUMB.test(b) && !BYLINE.test(b));
  return {
    datelines: [...between.filter((b) => !standfirst.includes(b)), ...blocks.slice(Math.max(0, start - 2), Math.max(0, start))],
    masthead: blocks.slice(0, Math.max(0, start)),
    headline,
    body: [...standfirst, ...body],
    lead: [...standfirst, ...body.filter(isProse).slice(0, LEAD_PARAGRAPHS)],
  };
}
