// Pages on a sector news site that try to bloat the library, for the attack tests in Chromium and
// Firefox: a 2.2 MB copy of Portsmouth's 2023 report moved to 2022 with its paragraphs repeated,
// and the report's head as 2022's on a page that reloads itself as ?n=2 … ?n=12, 2.5 s apart.
import { realFixture } from '../../helpers/fixtures';
import type { Sites } from './https-server';
import { reportHtml } from './text-to-html';

export const NEWS_SITE = 'www.cypnow.co.uk';
export const BLOATED = `https://${NEWS_SITE}/news/article/portsmouth-childrens-services-2022-report`;
export const RELOADING = `https://${NEWS_SITE}/news/article/portsmouth-report-again`;
/** Paragraph repeats that make the bloated page 2.2 MB. */
const REPEATS = 80;

const AS_2022 = (text: string) => text.replace('Inspection dates: 15 to 19 May 2023', 'Inspection dates: 7 to 18 March 2022');

/** The genuine 2023 report moved to March 2022, every numbered paragraph repeated. */
export function bloatedReport(): string {
  return AS_2022(realFixture('portsmouth-ilacs-2023.txt')).replace(/^(\d+\. )(.+)$/gm, (_, number: string, paragraph: string) => number + Array<string>(REPEATS).fill(paragraph).join(' '));
}

export const BLOATED_HTML = reportHtml(bloatedReport());

/** The report's head as 2022's, graded inadequate, on a page that reloads itself until ?n=12. */
function reloadingPage(): string {
  const text = realFixture('portsmouth-ilacs-2023.txt');
  const head = AS_2022(text.slice(0, text.indexOf('The experiences and progress of children who need help and protection: outstanding'))).replace(
    /\t(Good|Outstanding|Requires improvement to be good)$/gm,
    '\tInadequate',
  );
  const reload = `<script>
const n = Number(new URLSearchParams(location.search).get('n') || '1');
if (n < 12) setTimeout(() => location.replace('?n=' + (n + 1)), 2500);
</script>`;
  return reportHtml(head).replace('</body>', `${reload}</body>`);
}

const html = (body: string) => ({ contentType: 'text/html; charset=utf-8', body });

export const bloatingSites = (): Sites => ({
  [NEWS_SITE]: { [new URL(BLOATED).pathname]: html(BLOATED_HTML), [new URL(RELOADING).pathname]: html(reloadingPage()) },
});
