import type { LaidOutBlock, ReaderHead, ReaderLayout, ReaderTable } from '../utils/core/model/reader-layout';
import { GradeChip } from './GradeChip';

export type ReaderViewProps = { layout: ReaderLayout; pdfUrl: string | null; reading: { read: number; of: number } | null };

function PageLink({ page, pdfUrl }: { page: number; pdfUrl: string | null }) {
  if (!pdfUrl) return null;
  return (
    <a class="page-link" href={`${pdfUrl}#page=${page}`} target="_blank" rel="noopener noreferrer" title={`Page ${page} of the original PDF`}>
      p. {page}
    </a>
  );
}

function Head({ head }: { head: ReaderHead }) {
  const { letter } = head;
  return (
    <header class="doc-head">
      {letter && (
        <p class="letter" data-part="letter">
          <span class="letter-what">Letter</span>
          {letter.date && <> of {letter.date}</>}
          {letter.to.length > 0 && <> to {letter.to.join(', ')}</>}
          {letter.greeting && <span class="letter-greeting"> · {letter.greeting}</span>}
        </p>
      )}
      <h1>{head.title}</h1>
      {head.subtitle && <p class="subtitle">{head.subtitle}</p>}
      <dl class="facts">
        {head.dates && (
          <div>
            <dt>{head.dates.slice(0, head.dates.indexOf(':'))}</dt>
            <dd>{head.dates.slice(head.dates.indexOf(':') + 1).trim()}</dd>
          </div>
        )}
        {head.leadInspector && (
          <div>
            <dt>Lead inspector</dt>
            <dd>{head.leadInspector}</dd>
          </div>
        )}
        {head.published && (
          <div>
            <dt>Report published</dt>
            <dd>{head.published}</dd>
          </div>
        )}
      </dl>
      {head.overall && <p class="overall-sentence">{head.overall}</p>}
    </header>
  );
}

function JudgementTable({ table }: { table: ReaderTable }) {
  return (
    <>
      {table.rows.length > 0 && (
        <table class="judgements">
          <caption>Judgements</caption>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.judgement} data-judgement={row.judgement} class={row.judgement === 'overall' ? 'overall' : undefined}>
                <th scope="row">{row.label}</th>
                <td>
                  <GradeChip grade={row.grade} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table.note && <p class="table-note">{table.note}</p>}
    </>
  );
}

function ContentsBar({ layout }: { layout: ReaderLayout }) {
  if (layout.contents.length === 0) return null;
  return (
    <nav class="contents" aria-label="Sections of the report">
      <ul>
        {layout.contents.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} data-section={entry.id}>
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Consecutive table rows of the body (other than the judgement table) drawn as one table. */
function BodyTable({ rows }: { rows: Array<Extract<LaidOutBlock, { type: 'table-row' }>> }) {
  return (
    <table class="body-table" id={rows[0]!.id}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {row.cells.map((cell, c) => (
              <td key={c}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Block({ block, pdfUrl }: { block: LaidOutBlock; pdfUrl: string | null }) {
  switch (block.type) {
    case 'heading':
      return (
        <h2 id={block.id} data-judgement={block.judgement ?? undefined}>
          {block.text} {block.grade && <GradeChip grade={block.grade} />}
        </h2>
      );
    case 'bullet':
      return (
        <p id={block.id} class="bullet">
          • {block.text}
        </p>
      );
    case 'finding':
      return (
        <p id={block.findingId} data-finding={block.findingId}>
          {block.number}. {block.text} <PageLink page={block.page} pdfUrl={pdfUrl} />
        </p>
      );
    case 'paragraph':
      return (
        <p id={block.id}>
          {block.text} <PageLink page={block.page} pdfUrl={pdfUrl} />
        </p>
      );
    default:
      return null;
  }
}

/** The report as the parser read it: its head, the judgement table drawn from the grades, a contents bar, and the text. Text is only ever rendered as text: Preact escapes it. */
export function ReaderView({ layout, pdfUrl, reading }: ReaderViewProps) {
  const out = [];
  const { blocks } = layout;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'table-row') {
      out.push(<Block key={block.id} block={block} pdfUrl={pdfUrl} />);
      continue;
    }
    const rows = [block];
    while (blocks[i + 1]?.type === 'table-row') rows.push(blocks[++i] as typeof block);
    out.push(<BodyTable key={block.id} rows={rows} />);
  }
  return (
    <article class="report" data-complete={reading ? 'no' : 'yes'}>
      <Head head={layout.head} />
      <JudgementTable table={layout.table} />
      <ContentsBar layout={layout} />
      {reading && (
        <p class="status" data-state="reading" role="status">
          Reading the rest of the report: page {reading.read} of {reading.of}…
        </p>
      )}
      <div class="report-text">{out}</div>
    </article>
  );
}
