// Two inspections of one authority side by side, drawn from the comparison's model: the earlier on
// the left, the later on the right, throughout. Text is only ever rendered as text: Preact escapes it.
import type { CompareModel, CompareOption, CompareSide, LinkedFinding, RelationGroup } from '../utils/core/model/compare-model';
import type { ImprovementMatch } from '../utils/core/model/improvement-match';
import { GradeChip } from './GradeChip';

export type CompareViewProps = {
  model: CompareModel;
  onChooseLater: (source: string) => void;
  onChooseEarlier: (source: string) => void;
  onExport: () => void;
  onCopy: () => void;
  /** What the last export or copy did, in words. */
  message: string | null;
  /** The scrutiny briefing on the later report. */
  briefingHref?: string;
};

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

function Choice({ name, label, options, value, onChoose }: { name: string; label: string; options: CompareOption[]; value: string | null; onChoose: (source: string) => void }) {
  return (
    <label class="choice">
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}>
        {value === null && <option value="">None chosen</option>}
        {options.map((o) => (
          <option key={o.source} value={o.source}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Side({ what, side }: { what: string; side: CompareSide | null }) {
  if (!side) {
    return (
      <div class="side" data-side={what.toLowerCase()}>
        <p class="side-what">{what}</p>
        <p>No earlier report chosen.</p>
      </div>
    );
  }
  return (
    <div class="side" data-side={what.toLowerCase()}>
      <p class="side-what">{what}</p>
      <p class="side-date">{side.date ?? 'Undated'}</p>
      <p>{side.kindLabel}</p>
      <p class="muted">From {side.from}</p>
      {side.href && (
        <p>
          <a href={side.href} {...NEW_TAB}>
            {side.inReader ? 'Open in the Ofsted Lens reader' : 'Open the page it was read on'}
          </a>
        </p>
      )}
    </div>
  );
}

function Judgements({ model }: { model: CompareModel }) {
  return (
    <section aria-labelledby="judgements-heading">
      <h2 id="judgements-heading">Judgements</h2>
      {model.judgements.length > 0 && (
        <table class="judgements">
          <thead>
            <tr>
              <th scope="col">Judgement</th>
              <th scope="col">{model.earlier ? (model.earlier.date ?? 'Undated') : 'Earlier'}</th>
              <th scope="col">{model.later.date ?? 'Undated'}</th>
              <th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {model.judgements.map((row) => (
              <tr key={row.key} data-judgement={row.key} data-direction={row.direction ?? undefined}>
                <th scope="row">{row.label}</th>
                <td class="earlier">
                  {row.earlier ? <GradeChip grade={row.earlier} /> : '—'}
                  {row.earlierLabel && <span class="muted as"> as {row.earlierLabel.toLowerCase()}</span>}
                </td>
                <td class="later">{row.later ? <GradeChip grade={row.later} /> : '—'}</td>
                <td class="direction">{row.directionWords || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {model.gradesNote && <p class="note">{model.gradesNote}</p>}
    </section>
  );
}

const STATUS_WORDS: Record<ImprovementMatch['status'], string> = { both: 'Listed then and now', new: 'New', 'no-longer-listed': 'No longer listed' };

function Improvements({ model }: { model: CompareModel }) {
  const { earlier, later } = model;
  return (
    <section aria-labelledby="improvements-heading">
      <h2 id="improvements-heading">What needs to improve</h2>
      {model.improvementsNote && <p class="note">{model.improvementsNote}</p>}
      {earlier && model.improvements.length > 0 && (
        <table class="improvements">
          <thead>
            <tr>
              <th scope="col">Then ({earlier.name})</th>
              <th scope="col">Now ({later.name})</th>
            </tr>
          </thead>
          <tbody>
            {model.improvements.map((item, i) => (
              <tr key={i} data-status={item.status}>
                <td class="earlier">{item.earlier ?? <span class="muted">Not listed</span>}</td>
                <td class="later">
                  <p class="status">
                    {STATUS_WORDS[item.status]}
                    {item.matter && `: ${item.matter}`}
                  </p>
                  {item.later}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Paragraph({ name, number, href, sentence }: { name: string; number: number | null; href: string | null; sentence: string }) {
  const where = number ? `${name}, paragraph ${number}` : name;
  return (
    <div class="paragraph">
      <p class="where">{href ? <a href={href} {...NEW_TAB}>{where}</a> : where}</p>
      <p class="sentence">{sentence}</p>
    </div>
  );
}

function Finding({ model, finding }: { model: CompareModel; finding: LinkedFinding }) {
  return (
    <li class="finding" data-later={finding.laterNumber} data-earlier={finding.earlierNumber ?? undefined}>
      <Paragraph name={model.earlier!.name} number={finding.earlierNumber} href={finding.earlierHref} sentence={finding.earlierSentence} />
      <Paragraph name={model.later.name} number={finding.laterNumber} href={finding.laterHref} sentence={finding.laterSentence} />
    </li>
  );
}

function Group({ model, group }: { model: CompareModel; group: RelationGroup }) {
  const count = group.matters.reduce((n, m) => n + m.findings.length, 0);
  return (
    <section class="relation" data-relation={group.relation} aria-labelledby={`relation-${group.relation}`}>
      <h3 id={`relation-${group.relation}`}>
        {group.heading} <span class="count">({count})</span>
      </h3>
      {group.matters.map(({ matter, findings }) => (
        <div class="matter" key={matter}>
          <h4>{matter}</h4>
          <ul>
            {findings.map((f, i) => (
              <Finding key={i} model={model} finding={f} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function CompareView({ model, onChooseLater, onChooseEarlier, onExport, onCopy, message, briefingHref }: CompareViewProps) {
  const { earlier, later } = model;
  return (
    <main class="compare">
      <h1>
        {model.authority}: {earlier ? `${earlier.date ?? 'undated'} and ${later.date ?? 'undated'} side by side` : `${later.date ?? 'undated'}`}
      </h1>
      <form class="choices" onSubmit={(e) => e.preventDefault()}>
        <Choice name="earlier" label="Earlier" options={model.options.earlier} value={earlier?.source ?? null} onChoose={onChooseEarlier} />
        <Choice name="later" label="Later" options={model.options.later} value={later.source} onChoose={onChooseLater} />
      </form>
      <div class="sides">
        <Side what="Earlier" side={earlier} />
        <Side what="Later" side={later} />
      </div>
      <div class="export">
        <button type="button" onClick={onExport}>
          Export as Markdown
        </button>
        <button type="button" onClick={onCopy}>
          Copy Markdown
        </button>
        {briefingHref && (
          <a href={briefingHref} {...NEW_TAB} class="briefing-link">
            Scrutiny briefing on the {later.name} report
          </a>
        )}
        {message && (
          <span class="message" role="status">
            {message}
          </span>
        )}
      </div>
      <Judgements model={model} />
      <Improvements model={model} />
      {earlier && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Linked findings</h2>
          <p class="muted">
            Each finding of the {later.name} report that speaks to the same matter as the {earlier.name} {earlier.kind === 'news' ? 'article' : 'report'}, by how things moved.
            Links are suggested by shared themes and words: check each against the reports.
          </p>
          {model.findingsNote && <p class="note">{model.findingsNote}</p>}
          {model.findings.map((group) => (
            <Group key={group.relation} model={model} group={group} />
          ))}
        </section>
      )}
    </main>
  );
}

export type AuthorityChoiceProps = {
  authorities: ReadonlyArray<{ key: string; name: string; documents: number }>;
  onChoose: (key: string) => void;
  /** Why the page asks: a report not in the library, or none given. */
  message: string | null;
};

/** The page opened with no report: which authority, of those the library holds documents of. */
export function AuthorityChoice({ authorities, onChoose, message }: AuthorityChoiceProps) {
  return (
    <main class="compare">
      <h1>Compare two inspections</h1>
      {message && <p class="note">{message}</p>}
      {authorities.length === 0 ? (
        <p>
          Your library holds no reports yet. Ofsted Lens keeps each report you read (on reports.ofsted.gov.uk, or a report PDF in its reader), and
          compares two of one authority’s here.
        </p>
      ) : (
        <form class="choices" onSubmit={(e) => e.preventDefault()}>
          <p class="muted">Choose an authority whose reports your library holds: its latest report is set beside the graded report before it, and you can choose others.</p>
          <label class="choice">
            <span>Authority</span>
            <select name="authority" value="" onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}>
              <option value="">Choose an authority</option>
              {authorities.map((a) => (
                <option key={a.key} value={a.key}>
                  {a.name} ({a.documents} {a.documents === 1 ? 'document' : 'documents'})
                </option>
              ))}
            </select>
          </label>
        </form>
      )}
    </main>
  );
}
