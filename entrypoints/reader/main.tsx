// reader.html?src=URL: a report PDF as clean text, with the panel, grade chips and prior links.
import * as pdfjs from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { render } from 'preact';
import { adoptChipStyles } from '../../utils/browser/page/chip-styles';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReaderView } from '../../components/ReaderView';
import { priorContextFromBackground, rememberInBackground } from '../../utils/browser/extension/library-client';
import { showNotes } from '../../utils/browser/extension/page-notes';
import { addAuthorityContext } from '../../utils/browser/extension/show-authority-context';
import { livePanel } from '../../utils/browser/page/live-panel';
import { mountPanel } from '../../utils/browser/page/mount-panel';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import { showPriorFindings } from '../../utils/browser/page/prior-findings';
import type { PdfJs } from '../../utils/core/text/read-pdf';
import { isAllowedSource } from '../../utils/core/sites';
import { analysePages, fetchPdf, readReport, ReaderError, type LoadedReport } from '../../utils/browser/pdf/load-report';
import { readerLayout } from '../../utils/core/model/reader-layout';
import { briefingHref } from '../../utils/core/model/briefing-address';
import { benchMark } from '../../utils/browser/extension/bench-mark';

pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
// Started with the page, so pdf.js's worker (a 1.2 MB script) loads while the PDF is fetched,
// not after; every document read here shares it, and closing a document leaves it running.
const worker = new pdfjs.PDFWorker();
const pdfjsWithWorker: PdfJs = { getDocument: (src) => pdfjs.getDocument({ ...src, worker }) };

type State =
  | { state: 'idle' }
  | { state: 'loading'; what: string }
  | { state: 'error'; message: string; retry: boolean; pdfUrl: string | null }
  /** Page 1 is read (the head, the judgement table and the grades are on screen); the rest is being read. */
  | { state: 'reading'; report: LoadedReport; pdfUrl: string | null; read: number; of: number }
  | { state: 'ready'; report: LoadedReport; pdfUrl: string | null; source: string };

const src = new URLSearchParams(location.search).get('src');

/**
 * A file the reader chose has no address: the library notes it under the reader's own, by the
 * SHA-256 of its bytes (the same file chosen again is the same address), never by its name.
 */
async function chosenFileAddress(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return `${location.origin}${location.pathname}#file=sha256-${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The report's own address, as a plain link. Opened from here it is never sent back to the reader:
 * the redirect leaves alone navigations the extension's pages start. Only an Ofsted report
 * address becomes a link, never whatever `src` a page put in the reader's URL.
 */
function OriginalLink({ pdfUrl }: { pdfUrl: string | null }) {
  if (!pdfUrl || !isAllowedSource(pdfUrl)) return null;
  return (
    <p class="original">
      <a href={pdfUrl}>Open the original PDF</a>
    </p>
  );
}

/** How often the text read so far is drawn again while the rest is read, after page 1 at once. */
const REDRAW_MS = 1000;

async function load(bytes: () => Promise<Uint8Array>, pdfUrl: string | null, show: (state: State) => void): Promise<State> {
  try {
    const data = await bytes();
    // Before pdf.js reads the bytes, which it may hand to its worker.
    const source = pdfUrl ?? (await chosenFileAddress(data));
    let drawn = -Infinity;
    const src = pdfUrl ?? undefined;
    const report = await readReport(pdfjsWithWorker, data, src, (pages, of) => {
      if (pages.length === of || performance.now() - drawn < REDRAW_MS) return;
      drawn = performance.now();
      show({ state: 'reading', report: analysePages(pages, src), pdfUrl, read: pages.length, of });
    });
    return { state: 'ready', report, pdfUrl, source };
  } catch (error) {
    if (error instanceof ReaderError) return { state: 'error', message: error.message, retry: error.retry, pdfUrl };
    return { state: 'error', message: 'Something went wrong reading this report.', retry: true, pdfUrl };
  }
}

/**
 * reader.html?src=…#p12 opens at paragraph 12 (the compare page links each finding so). The
 * paragraphs are drawn after the PDF is read, long after the browser looked for the fragment, so
 * the reader goes there itself. Returns a follow-up for once the markers are in: they can push the
 * paragraph down, and it is followed unless the reader has scrolled since.
 */
function goToParagraph(): () => void {
  const id = /^#(p\d+)$/.exec(location.hash)?.[1];
  const paragraph = id ? document.getElementById(id) : null;
  if (!paragraph) return () => undefined;
  paragraph.tabIndex = -1;
  paragraph.focus({ preventScroll: true });
  paragraph.scrollIntoView({ block: 'start' });
  const at = window.scrollY;
  return () => {
    if (window.scrollY === at) paragraph.scrollIntoView({ block: 'start' });
  };
}

async function decorate(report: LoadedReport, pdfUrl: string | null, source: string): Promise<void> {
  const doc = report.doc;
  if (!doc || doc.kind === 'news') return;
  const model = panelModelForDocument(doc);
  const panel = livePanel(mountPanel(document, model, { collapsed: false, onCollapsedChange: () => undefined }), model);
  await addAuthorityContext(panel, { source, via: 'extension' }, doc).catch(() => undefined);
  // Notes in the reader are anchored to the report's text, under the PDF's own URL (a chosen file has none).
  if (pdfUrl) await showNotes(document, pdfUrl, doc).catch(() => undefined);
  // The library keeps one record of the report, whether read from a file host or a file chosen here.
  await rememberInBackground(source, doc).catch(() => undefined);
  if (doc.authorityKey) panel.update(panel.latest(), { briefing: { href: briefingHref({ report: source }) } });
  const context = await priorContextFromBackground(source, doc).catch(() => null);
  if (!context) return;
  // An extension page: the markers' earlier reports and the side-by-side page open by plain links.
  showPriorFindings(document, panel, doc, source, context);
}


function Reader() {
  const [state, setState] = useState<State>(src ? { state: 'loading', what: src } : { state: 'idle' });
  const open = (bytes: () => Promise<Uint8Array>, pdfUrl: string | null, what: string) => {
    setState({ state: 'loading', what });
    void load(bytes, pdfUrl, setState).then(setState);
  };
  useEffect(() => {
    if (src) open(() => fetchPdf(src), src, src);
  }, []);
  const gradesShown = useRef(false);
  useEffect(() => {
    if ((state.state === 'reading' || state.state === 'ready') && !gradesShown.current) {
      gradesShown.current = true;
      benchMark('reader-grades'); // for the benchmark: the head, the judgement table and the grades are on screen
    }
    if (state.state !== 'ready') return;
    benchMark('reader-ready'); // for the benchmark: the whole text and the grades are on screen
    const follow = goToParagraph();
    void decorate(state.report, state.pdfUrl, state.source).finally(follow);
  }, [state]);

  const shown = state.state === 'reading' || state.state === 'ready' ? state : null;
  const layout = useMemo(() => (shown ? readerLayout(shown.report.pages, shown.report.doc) : null), [shown?.report]);
  const chooseFile = (file: File | undefined) => file && open(async () => new Uint8Array(await file.arrayBuffer()), null, file.name);

  return (
    <main onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.preventDefault(); chooseFile(e.dataTransfer?.files[0]); }}>
      {state.state === 'loading' && <p class="status" data-state="loading">Reading {state.what}…</p>}
      {state.state === 'error' && (
        <div class="status" data-state="error" role="alert">
          <p>{state.message}</p>
          {state.retry && src && <button type="button" onClick={() => open(() => fetchPdf(src), src, src)}>Try again</button>}
          <OriginalLink pdfUrl={state.pdfUrl} />
        </div>
      )}
      {state.state === 'ready' && !state.report.doc && (
        <p class="status" data-state="not-recognised" role={state.report.reason ? 'status' : undefined}>
          {state.report.reason ?? 'This PDF is not an Ofsted inspection report on local authority children’s services, so Ofsted Lens shows no grades.'}
        </p>
      )}
      {state.state === 'ready' && <OriginalLink pdfUrl={state.pdfUrl} />}
      {shown && layout && <ReaderView layout={layout} pdfUrl={shown.pdfUrl} reading={shown.state === 'reading' ? { read: shown.read, of: shown.of } : null} />}
      {(state.state === 'idle' || state.state === 'error') && (
        <label class="drop">
          Drop a report PDF here, or choose one: <input type="file" accept="application/pdf" onChange={(e) => chooseFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
      )}
    </main>
  );
}

adoptChipStyles(document);
render(<Reader />, document.getElementById('app')!);
