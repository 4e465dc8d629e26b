// A hostile page on a sector news site that plants records in the reader's library: a made-up copy
// of Portsmouth's 2023 report (moved to March 2022, inadequate throughout) that reloads itself as
// ?n=1, ?n=2, … so that each address is read and kept as a record of its own.
import { realFixture } from '../../helpers/fixtures';
import { reportHtml } from './text-to-html';

export const HOSTILE_SITE = 'www.cypnow.co.uk';
export const HOSTILE = `https://${HOSTILE_SITE}/news/article/portsmouth-childrens-services-inadequate`;

/** The page, reloading itself `reloads` times, `every` ms apart. */
export function selfReloadingPage(reloads: number, every = 2500): string {
  const text = realFixture('portsmouth-ilacs-2023.txt');
  const head = text
    .slice(0, text.indexOf('The experiences and progress of children who need help and protection: outstanding'))
    .replace('Inspection dates: 15 to 19 May 2023', 'Inspection dates: 7 to 18 March 2022')
    .replace(/\t(Good|Outstanding|Requires improvement to be good)$/gm, '\tInadequate');
  const reload = `<script>
const n = Number(new URLSearchParams(location.search).get('n') ?? 0);
if (n < ${reloads}) setTimeout(() => location.replace('?n=' + (n + 1)), ${every});
</script>`;
  return reportHtml(head).replace('</body>', `${reload}</body>`);
}
