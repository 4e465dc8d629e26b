// The scrutiny briefing drawn from its model: one page on screen and on paper (the print stylesheet
// keeps it to one or two A4 pages). Every part says where it came from; a part with nothing to show
// says so. Text is only ever rendered as text: Preact escapes it.
import type { Briefing, BriefingParagraph } from '../utils/core/model/briefing';
import { GradeChip } from './GradeChip';

export type BriefingViewProps = {
  briefing: Briefing;
  onDownload: () => void;
  onCopy: () => void;
  onPrint: () => void;
  /** What the last download or copy did, in words. */
  message: string | null;
};

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

const Source = ({ text }: { text: string }) => <p class="source">Source: {text}</p>;

function Paragraph({ label, paragraph }: { label: string; paragraph: BriefingParagraph }) {
  const where = `${label}, paragraph ${paragraph.number}`;
  return (
    <p class="para">
      {paragraph.href ? (
        <a href={paragraph.href} {...NEW_TAB} class="where">
          {where}
        </a>
      ) : (
        <span class="where">{where}</span>
      )}
      : {paragraph.sentence}
    </p>
  );
}

function Grades({ briefing }: { briefing: Briefing }) {
  const { grades } = briefing;
  const rows = [
    ...(grades.overall ? [{ key: 'overall', label: 'Overall effectiveness', grade: grades.overall, change: grades.overallChange }] : []),
    ...grades.judgements,
  ];
  return (
    <section class="part grades" aria-labelledby="grades-heading">
      <h2 id="grades-heading">{grades.heading}</h2>
      {grades.notes.map((note) => (
        <p class="note" key={note}>
          {note}
        </p>
      ))}
      {rows.length > 0 && (
        <table class="judgements">
          <thead>
            <tr>
              <th scope="col">Judgement</th>
              <th scope="col">Grade</th>
              <th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-judgement={row.key} data-direction={row.change ? (row.change.startsWith('up') ? 'up' : row.change.startsWith('down') ? 'down' : 'same') : undefined}>
                <th scope="row">{row.label}</th>
                <td>
                  <GradeChip grade={row.grade} />
                </td>
                <td class="direction">{row.change ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Source text={grades.source} />
    </section>
  );
}

function Context({ briefing }: { briefing: Briefing }) {
  const { context } = briefing;
  if (!context) {
    return (
      <section class="part context" aria-labelledby="context-heading">
        <h2 id="context-heading">England and neighbours</h2>
        <p class="note">{briefing.contextNote}</p>
      </section>
    );
  }
  return (
    <section class="part context" aria-labelledby="context-heading">
      <h2 id="context-heading">England and neighbours at {context.asOf}</h2>
      {context.standing && <p class="standing">{context.standing}</p>}
      <div class="columns">
        <div>
          <h3>England: latest overall grades of {context.authorities} authorities</h3>
          <ul class="england">
            {context.england.map((e) => (
              <li key={e.grade} data-grade={e.grade}>
                <GradeChip grade={e.grade} /> {e.count}
              </li>
            ))}
          </ul>
          {context.notInspected > 0 && <p class="muted">{context.notInspected} not yet inspected under ILACS.</p>}
        </div>
        <div>
          <h3>Statistical neighbours, with the day each inspection began</h3>
          <ul class="neighbours">
            {context.neighbours.map((n) => (
              <li key={n.name} data-self={n.self ? '' : undefined}>
                <span class="who">
                  {n.name}
                  {n.self && ' (this authority)'}
                </span>
                <span class="when">{n.date ?? 'not inspected under ILACS'}</span>
                {n.overall ? <GradeChip grade={n.overall} /> : <span class="muted">no overall grade</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <Source text={context.source} />
    </section>
  );
}

function Improvements({ briefing }: { briefing: Briefing }) {
  const { improvements } = briefing;
  return (
    <section class="part improvements" aria-labelledby="improvements-heading">
      <h2 id="improvements-heading">What needs to improve</h2>
      {improvements.note && <p class="note">{improvements.note}</p>}
      {improvements.items.length > 0 && (
        <ul>
          {improvements.items.map((item) => (
            <li key={item.text}>
              {item.text}
              {item.alsoEarlier && <span class="also"> ({item.alsoEarlier})</span>}
            </li>
          ))}
        </ul>
      )}
      <Source text={improvements.source} />
    </section>
  );
}

function Persisting({ briefing }: { briefing: Briefing }) {
  const { persisting } = briefing;
  return (
    <section class="part persisting" aria-labelledby="persisting-heading">
      <h2 id="persisting-heading">{persisting.heading}</h2>
      {persisting.note && <p class="note">{persisting.note}</p>}
      {persisting.items.length > 0 && (
        <ul class="concerns">
          {persisting.items.map((item) => (
            <li key={item.matter} class="concern">
              <p class="matter">
                <strong>{item.matter}</strong>: <span class="since">{item.since.toLowerCase()}</span>
              </p>
              {item.findings.map((f) => (
                <div class="finding" key={`${f.now.number}-${f.then?.number ?? ''}`} data-paragraph={f.now.number}>
                  <Paragraph label="Now" paragraph={f.now} />
                  {f.then && <Paragraph label="Then" paragraph={f.then} />}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      {persisting.source && <Source text={persisting.source} />}
    </section>
  );
}

function Notes({ briefing }: { briefing: Briefing }) {
  const { notes } = briefing;
  return (
    <section class="part notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Your notes on this report</h2>
      {notes.note && <p class="note">{notes.note}</p>}
      {notes.items.map((n, i) => (
        <div class="your-note" key={i}>
          <blockquote>{n.quote}</blockquote>
          <p class="muted">
            {n.where ? `${n.where}. ` : ''}
            {n.saved}.
          </p>
          {n.comment.trim() && <p class="comment">{n.comment}</p>}
        </div>
      ))}
      <Source text={notes.source} />
    </section>
  );
}

export function BriefingView({ briefing, onDownload, onCopy, onPrint, message }: BriefingViewProps) {
  const { report, compareHref } = briefing;
  return (
    <main class="briefing">
      <header>
        <p class="what">Scrutiny briefing</p>
        <h1>{briefing.authority}</h1>
        <p class="report">
          <strong>{report.kindLabel}</strong>
          {report.days && <>, {report.days}</>}
        </p>
        <p class="muted">
          {report.from}.{' '}
          {report.href && (
            <a href={report.href} {...NEW_TAB} class="open-report">
              Open the report
            </a>
          )}
          <span class="address">{report.source}</span>
        </p>
        <p class="earlier">{briefing.earlier}</p>
        <div class="actions">
          <button type="button" onClick={onDownload}>
            Download as Markdown
          </button>
          <button type="button" onClick={onCopy}>
            Copy Markdown
          </button>
          <button type="button" onClick={onPrint}>
            Print
          </button>
          {compareHref && (
            <a href={compareHref} {...NEW_TAB}>
              Side by side with the last inspection
            </a>
          )}
          {message && (
            <span class="message" role="status">
              {message}
            </span>
          )}
        </div>
      </header>
      <Grades briefing={briefing} />
      <Context briefing={briefing} />
      <Improvements briefing={briefing} />
      <Persisting briefing={briefing} />
      <Notes briefing={briefing} />
      <p class="prepared muted">{briefing.prepared}</p>
    </main>
  );
}

/** When the page cannot make a briefing: why, in words. */
export function BriefingMissing({ message }: { message: string }) {
  return (
    <main class="briefing">
      <h1>Scrutiny briefing</h1>
      <p class="note">{message}</p>
    </main>
  );
}
