// The page where pdf.js reads the report PDFs an authority's page lists, for the library (a service
// worker cannot run pdf.js's worker): Chrome's offscreen document, or in Firefox, which has no
// offscreen API, a frame in the background page (utils/browser/extension/read-listed-reports.ts).
import * as pdfjs from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { PdfJs } from '../../utils/core/text/read-pdf';
import { answerPdfRequests, fetchOnce, readReportPdf } from '../../utils/browser/extension/read-report-pdf';
import { answerAuthorityPageRequests } from '../../utils/browser/extension/authority-page-fetch';

pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;

// The background's requests only.
browser.runtime.onMessage.addListener(answerPdfRequests((src, once) => readReportPdf(pdfjs as unknown as PdfJs, src, once ? fetchOnce : undefined)));
// And the authority pages on reports.ofsted.gov.uk, fetched and read here (a service worker has no DOM), for fetching England's reports and the watch.
browser.runtime.onMessage.addListener(answerAuthorityPageRequests());
