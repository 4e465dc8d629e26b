import type { PanelModel } from '../utils/page/panel-model';
import { GradeChip } from './GradeChip';

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
                  <span>{j.label}</span>
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
