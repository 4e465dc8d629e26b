// briefing.html?report=SOURCE: a one-page scrutiny briefing on a report the library holds;
// briefing.html?authority=KEY: on the authority's latest graded report (from its Ofsted page).
// An extension page, so it reads the library and the reader's notes itself.
import { render } from 'preact';
import { BriefingMissing, BriefingView } from '../../components/BriefingView';
import { useMarkdownExport } from '../../utils/browser/page/use-markdown-export';
import { adoptChipStyles } from '../../utils/browser/page/chip-styles';
import { inspectionsFor, recordReadFrom } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import { notesForUrl } from '../../utils/browser/library/read-notes';
import { briefingModel, type Briefing } from '../../utils/core/model/briefing';
import { briefingToMarkdown } from '../../utils/core/model/briefing-markdown';
import { defaultLater } from '../../utils/core/model/compare-model';
import type { InspectionRecord } from '../../utils/core/schema/storage';

const db = new LensDb();
const params = new URLSearchParams(location.search);

function fileName(briefing: Briefing): string {
  const slug = `${briefing.authorityKey}-${briefing.report.days ?? 'undated'}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `ofsted-lens-briefing-${slug}.md`;
}

function Page({ briefing }: { briefing: Briefing }) {
  const { message, download, copy } = useMarkdownExport(fileName(briefing), () => briefingToMarkdown(briefing), 'Download as Markdown');
  return <BriefingView briefing={briefing} onDownload={download} onCopy={copy} onPrint={() => window.print()} message={message} />;
}

/** The authority's documents and the report the briefing is on, by the address's report or authority. */
async function recordsAndReport(): Promise<{ records: InspectionRecord[]; source: string } | null> {
  const report = params.get('report');
  if (report) {
    // Any address the report was read from: the library keeps one record of it under its best.
    const held = await recordReadFrom(db, report);
    return held ? { records: await inspectionsFor(db, held.authorityKey), source: held.source } : null;
  }
  const authority = params.get('authority');
  if (!authority) return null;
  const records = await inspectionsFor(db, authority);
  const latest = defaultLater(records);
  return latest ? { records, source: latest.source } : null;
}

/** Today on this machine's calendar, as an ISO date. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function main() {
  const root = document.getElementById('app')!;
  adoptChipStyles(document);
  const found = await recordsAndReport();
  const record = found?.records.find((r) => r.source === found.source);
  const notes = record ? (await Promise.all(record.sources.map((url) => notesForUrl(db, url)))).flat() : [];
  const briefing = found && briefingModel(found.records, found.source, notes, today());
  if (!briefing) {
    render(<BriefingMissing message="Your library does not hold that report: open the report in Ofsted Lens first, then ask for its briefing from the panel." />, root);
    return;
  }
  document.title = `${briefing.authority}: scrutiny briefing: Ofsted Lens`;
  render(<Page briefing={briefing} />, root);
}

void main().catch(() => {
  document.getElementById('app')!.textContent = 'Your library could not be read.';
});
