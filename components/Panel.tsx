import { GRADE_LABELS } from '../utils/grades';
import { KIND_LABELS } from '../utils/labels';
import type { Trend } from '../utils/link/trends';
import type { PanelModel } from '../utils/page/panel-model';
import { GradeChip } from './GradeChip';

const ARROWS = { up: '↑', down: '↓', same: '=' } as const;
const DIRECTION_WORDS = { up: 'up from', down: 'down from', same: 'as' } as const;

function TrendNote({ trend }: { trend: Trend }) {
  return (
    <span class="trend" data-direction={trend.direction}>
      <span aria-hidden="true">{ARROWS[trend.direction]} </span>
      {DIRECTION_WORDS[trend.direction]} {GRADE_LABELS[trend.before]} in {trend.beforeLabel}
    </span>
  );
}

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export type PanelProps = { model: PanelModel; collapsed: boolean; onToggle: () => void };

export function Panel({ model, collapsed, onToggle }: PanelProps) {
  const { inspection } = model;
  return (
    <section class={`panel${collapsed ? ' collapsed' : ''}`} aria-label="Ofsted Lens">
      <button class="bar" type="button" aria-expanded={!collapsed} onClick={onToggle}>
        <span class="title">Ofsted Lens</span>
        {collapsed && model.overall && <GradeChip grade={model.overall} />}
        <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
      </button>
      {!collapsed && (
        <div class="body">
          <p class="kind">{model.kindLabel}</p>
          {model.authority && <p class="authority">{model.authority}</p>}
          {inspection && (
            <p class="dates">
              Inspected {inspection.start === inspection.end ? formatDate(inspection.start) : `${formatDate(inspection.start)} to ${formatDate(inspection.end)}`}
            </p>
          )}
          {model.overall && (
            <p class="overall">
              <span>Overall</span> <GradeChip grade={model.overall} large />
            </p>
          )}
          {model.judgements.length > 0 && (
            <ul aria-label="Judgements">
              {model.judgements.map((j) => (
                <li key={j.key} data-judgement={j.key}>
                  <span>
                    {j.label}
                    {model.trends.find((t) => t.judgement === j.key) && (
                      <>
                        <br />
                        <TrendNote trend={model.trends.find((t) => t.judgement === j.key)!} />
                      </>
                    )}
                  </span>
                  <GradeChip grade={j.grade} />
                </li>
              ))}
            </ul>
          )}
          {model.events.length > 0 && (
            <ul aria-label="Inspections and visits">
              {model.events.map((e) => (
                <li key={e.href}>
                  <a href={e.href} target="_blank" rel="noopener noreferrer">{e.title}</a>
                  <span>{e.date ? formatDate(e.date) : ''}</span>
                  {e.overall && <GradeChip grade={e.overall} />}
                </li>
              ))}
            </ul>
          )}
          {model.history.length > 0 && (
            <>
              <p class="kind section">Other inspections in the library</p>
              <ul aria-label="Other inspections">
                {model.history.map((h) => (
                  <li key={h.source} data-earlier={String(h.earlier)}>
                    <span>
                      <a href={h.source} target="_blank" rel="noopener noreferrer">{h.label}</a> {h.earlier ? 'earlier' : 'later'}:{' '}
                      {KIND_LABELS[h.kind]}
                    </span>
                    {h.grades.overall ? <GradeChip grade={h.grades.overall} /> : <span>no overall grade</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {model.note && <p class="note">{model.note}</p>}
          {model.link && (
            <p class="note">
              <a href={model.link.href} target="_blank" rel="noopener noreferrer">{model.link.text}</a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
