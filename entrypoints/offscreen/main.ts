// The page where pdf.js reads the report PDFs an authority's page lists, for the library (a service
// worker cannot run pdf.js's worker): Chrome's offscreen document, or in Firefox, which has no
// offscreen API, a frame in the background page (utils/browser/extension/read-listed-reports.ts).
import * as pdfjs from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { PdfJs } from '../../utils/core/text/read-pdf';
import { answerPdfRequests, readReportPdf } from '../../utils/browser/extension/read-report-pdf';
import { answerAuthorityPageRequests } from '../../utils/browser/extension/authority-documents';

pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;

// The background's requests only.
browser.runtime.onMessage.addListener(answerPdfRequests((src) => readReportPdf(pdfjs as unknown as PdfJs, src)));
// And, for the watch, the authority pages the service worker fetched and has no DOM to read.
browser.runtime.onMessage.addListener(answerAuthorityPageRequests());
