// Builds fixture web pages from the real fixture texts (which stay untouched): a report as
// reports.ofsted.gov.uk would render it, and the news article inside a news site's chrome.
import { splitLabelAndRest } from '../../../utils/core/vocabulary/judgement-wordings';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page-level guards the tests read: errors the page saw, messages posted to it, and its own script still running. */
export const PAGE_PROBE = `<script>
window.__pageErrors = [];
window.addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
window.__pageMessages = [];
window.addEventListener('message', (e) => window.__pageMessages.push(JSON.stringify(e.data)));
window.__pageScriptRan = true;
</script>`;

/** Hostile page styles: if any reached the panel, its chips would turn red and huge. */
const HOSTILE_CSS = `<style>
* { font-family: Georgia, serif; }
span, li, p, button, section { color: rgb(200, 0, 0) !important; font-size: 19px !important; }
ul { border: 3px dashed rgb(0, 128, 0); }
</style>`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${HOSTILE_CSS}${PAGE_PROBE}</head><body>${body}</body></html>`;
}

export function reportHtml(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const title = lines[0]!;
  const parts: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  let table: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (table.length) parts.push(`<table id="judgements">${table.join('')}</table>`);
    if (list.length) parts.push(`<ul>${list.join('')}</ul>`);
    table = [];
    list = [];
  };
  for (const line of lines.slice(1)) {
    if (line.includes('\t')) {
      const cells = line.split('\t').map((c) => `<td>${escapeHtml(c)}</td>`).join('');
      table.push(`<tr>${cells}</tr>`);
      continue;
    }
    if (line.startsWith('- ')) {
      list.push(`<li>${escapeHtml(line.slice(2))}</li>`);
      continue;
    }
    flush();
    const heading = line.length < 200 && splitLabelAndRest(line) !== null;
    parts.push(heading || /^What needs to improve/.test(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`);
  }
  flush();
  return page(title, `<header><a href="/">Ofsted reports</a></header><main id="content">${parts.join('\n')}</main>`);
}

/** The real news page's text: the article between its site chrome and the unrelated stories. */
export function newsHtml(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const headlineAt = paragraphs.findIndex((p) => /^Ofsted rates/.test(p));
  const endAt = paragraphs.findIndex((p) => /^Knowledge & Resources/.test(p));
  const nav = paragraphs.slice(0, headlineAt).join(' · ');
  const article = paragraphs.slice(headlineAt + 1, endAt);
  const rest = paragraphs.slice(endAt);
  const body = article
    .map((p) => (p.startsWith('- ') ? `<ul><li>${escapeHtml(p.slice(2))}</li></ul>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n')
    .replace(/<\/ul>\n<ul>/g, '\n');
  return page(
    `${paragraphs[headlineAt]} | Children First`,
    `<nav id="site-nav">${escapeHtml(nav)}</nav>
<main><article id="story"><h1>${escapeHtml(paragraphs[headlineAt]!)}</h1>${body}</article></main>
<aside id="more-stories">${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</aside>`,
  );
}

/** A news page on a matched sector site that is not about an inspection. */
export function unrelatedNewsHtml(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const start = paragraphs.findIndex((p) => /^Social workers urged to support fathers/.test(p));
  const story = paragraphs.slice(start, start + 3);
  return page(story[0]!, `<main><article><h1>${escapeHtml(story[0]!)}</h1>${story.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}<p>Posted in Children's services news.</p></article></main>`);
}

export function simplePage(title: string, bodyHtml: string): string {
  return page(title, bodyHtml);
}
