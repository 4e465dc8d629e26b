import type { ReaderBlock } from '../utils/core/report/reader-blocks';
import { GradeChip } from './GradeChip';

export type ReaderViewProps = { blocks: ReaderBlock[]; pdfUrl: string | null };

function PageLink({ page, pdfUrl }: { page: number; pdfUrl: string | null }) {
  if (!pdfUrl) return null;
  return (
    <a class="page-link" href={`${pdfUrl}#page=${page}`} target="_blank" rel="noopener noreferrer" title={`Page ${page} of the original PDF`}>
      p. {page}
    </a>
  );
}

/** The report as clean text. Text is only ever rendered as text: Preact escapes it. */
export function ReaderView({ blocks, pdfUrl }: ReaderViewProps) {
  const rows = blocks.filter((b): b is Extract<ReaderBlock, { type: 'table-row' }> => b.type === 'table-row');
  return (
    <article class="report">
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'title':
            return <h1 key={i}>{block.text}</h1>;
          case 'heading':
            return (
              <h2 key={i} data-judgement={block.judgement ?? undefined}>
                {block.text} {block.grade && <GradeChip grade={block.grade} />}
              </h2>
            );
          case 'table-row':
            return block === rows[0] ? (
              <table key={i} class="judgements">
                <tbody>
                  {rows.map((row, r) => (
                    <tr key={r} data-judgement={row.judgement ?? undefined}>
                      <td>{row.cells[0]}</td>
                      <td>{row.grade ? <GradeChip grade={row.grade} /> : row.cells.slice(1).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null;
          case 'bullet':
            return (
              <p key={i} class="bullet">
                • {block.text}
              </p>
            );
          case 'finding':
            return (
              <p key={i} id={block.findingId} data-finding={block.findingId}>
                {block.number}. {block.text} <PageLink page={block.page} pdfUrl={pdfUrl} />
              </p>
            );
          default:
            return (
              <p key={i}>
                {block.text} <PageLink page={block.page} pdfUrl={pdfUrl} />
              </p>
            );
        }
      })}
    </article>
  );
}
