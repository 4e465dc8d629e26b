/* global URLSearchParams, location, fetch, performance, document */
// extract.html?src=URL: what pdf.js must do for the reader anyway, and nothing of Ofsted Lens's:
// fetch the PDF, open it, take every page's text content. Like the reader, the worker starts with
// the page while the PDF is fetched. Marks `control:fetched` and `control:extracted`.
import * as pdfjs from './pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
const worker = new pdfjs.PDFWorker();
const src = new URLSearchParams(location.search).get('src');

const response = await fetch(src, { credentials: 'omit' });
const data = new Uint8Array(await response.arrayBuffer());
performance.mark('control:fetched');
const task = pdfjs.getDocument({ data, isEvalSupported: false, worker });
const pdf = await task.promise;
let items = 0;
for (let n = 1; n <= pdf.numPages; n++) items += (await (await pdf.getPage(n)).getTextContent()).items.length;
await task.destroy();
performance.mark('control:extracted');
document.body.textContent = `${pdf.numPages} pages, ${items} text items`;
