/* global URLSearchParams, location, fetch, performance, document */
// extract.html?src=URL: what pdf.js must do for the reader anyway, and nothing of Ofsted Lens's:
// fetch the PDF, open it, take every page's text content. Like the reader, the worker starts with
// the page while the PDF is fetched. Marks `control:fetched` and `control:extracted`.
// extract.html?src=URL&pages=1: page 1's text content alone (the control for the reader's time to
// grades), marked `control:page1`.
import * as pdfjs from './pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
const worker = new pdfjs.PDFWorker();
const params = new URLSearchParams(location.search);
const src = params.get('src');
const pageOneAlone = params.get('pages') === '1';

const response = await fetch(src, { credentials: 'omit' });
const data = new Uint8Array(await response.arrayBuffer());
performance.mark('control:fetched');
const task = pdfjs.getDocument({ data, isEvalSupported: false, worker });
const pdf = await task.promise;
let items = 0;
const last = pageOneAlone ? 1 : pdf.numPages;
for (let n = 1; n <= last; n++) items += (await (await pdf.getPage(n)).getTextContent()).items.length;
if (pageOneAlone) performance.mark('control:page1');
await task.destroy();
if (!pageOneAlone) performance.mark('control:extracted');
document.body.textContent = `${pdf.numPages} pages, ${items} text items`;
