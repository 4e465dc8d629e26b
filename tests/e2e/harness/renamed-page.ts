// The hostile page of the address tests (attacker-address in Chromium and in Firefox): a sponsored
// page on the news site that names itself the site's article on Portsmouth (history.replaceState)
// and carries that article's text with its grade made "inadequate"; and the user's note on the
// genuine article, which such a page must never be given.
import { realFixture } from '../../helpers/fixtures';
import { sampleNote } from '../../helpers/notes';
import { PAGES } from './fixture-sites';
import type { Route } from './https-server';
import { newsHtml } from './text-to-html';

export const ARTICLE = PAGES.news; // "Ofsted rates Portsmouth 'good'"
export const ARTICLE_PATH = new URL(ARTICLE).pathname;
/** Renames itself before Ofsted Lens starts, in its first script. */
export const SPONSORED = 'https://www.childrenfirst.news/sponsored/partner-content/';

const article = realFixture('portsmouth-news-2018.txt');
/** The article's text, graded inadequate. */
export const plantedArticleHtml = () => newsHtml(article.replaceAll("'good'", "'inadequate'"));

const html = (body: string): Route => ({ contentType: 'text/html; charset=utf-8', body });
const renamingItself = (page: string) => page.replace('<head>', `<head><script>history.replaceState(null, '', ${JSON.stringify(ARTICLE_PATH)});</script>`);

/** The news site's routes: its genuine article and the page that renames itself as it, with any more given. */
export const newsSiteWithRenamedPage = (more: Record<string, Route> = {}) => ({
  'www.childrenfirst.news': {
    [ARTICLE_PATH]: html(newsHtml(article)),
    [new URL(SPONSORED).pathname]: html(renamingItself(plantedArticleHtml())),
    ...more,
  },
});

const QUOTE = 'Social workers recognise contextual safeguarding risks well.';

export const NOTE_ON_ARTICLE = sampleNote({
  id: 'note-article-0001',
  url: ARTICLE,
  title: "Ofsted rates Portsmouth 'good' | Children First",
  quote: QUOTE,
  anchor: { quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: 'take effective protective action. ', suffix: ' However, the report' }, position: { type: 'TextPositionSelector', start: 0, end: QUOTE.length } },
  comment: 'Ask the director about contextual safeguarding',
});
