// Beside each linked finding on a report page, a small marker ("2018: persisting") that opens
// what the earlier inspection said, with its date and a link to its source. Each marker is its
// own shadow host; page text is only ever set as text, never as HTML.
import { CHIP_CSS } from '../../../components/panel-styles';
import type { FindingLink, Report } from '../../core/schema/domain';
import { shadowHost } from './shadow-host';
import { isWebUrl } from '../../core/sites';
import { onTrusted } from '../../../components/trusted-events';

export const MARKER_TAG = 'ofsted-lens-marker';

const MARKER_CSS = `${CHIP_CSS}
:host { all: initial; display: inline; font: 12px/1.4 system-ui, sans-serif; }
button { font: 600 12px/1.4 system-ui, sans-serif; margin-left: 0.4em; padding: 0 0.5em; border-radius: 0.8em; border: 1px solid #1d3557; background: #eef3fb; color: #1d3557; cursor: pointer; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.box { display: block; margin: 0.4em 0; padding: 0.5em 0.7em; border-left: 4px solid #1d3557; background: #f6f8fb; color: #1b1b1b; }
.box[hidden] { display: none; }
.why { color: #4a4a4a; }
a { color: #1d4ed8; }
@media (prefers-color-scheme: dark) { button { background: #1e293b; color: #dbeafe; border-color: #93c5fd; } .box { background: #1e1e1e; color: #f2f2f2; } .why { color: #c8c8c8; } a { color: #93c5fd; } }
`;

const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/^\d{1,3}\.\s*/, '').trim();

function markerFor(doc: Document, link: FindingLink): HTMLElement {
  const { host, root } = shadowHost(doc, MARKER_TAG, MARKER_CSS, { 'data-relation': link.relation, 'data-inspection': link.inspection });
  const button = doc.createElement('button');
  button.type = 'button';
  // "2018: persisting" whether the earlier inspection is known by its date or only its year.
  button.textContent = `${link.inspection.slice(0, 4)}: ${link.relation}`;
  button.setAttribute('aria-expanded', 'false');
  const box = doc.createElement('span');
  box.className = 'box';
  box.hidden = true;
  const said = doc.createElement('span');
  said.textContent = `In ${link.inspection}: “${link.sentence}”`;
  const why = doc.createElement('span');
  why.className = 'why';
  why.textContent = ` Linked on ${link.themes.join(', ')}; shared words: ${link.terms.join(', ')}${link.explicit ? '; the report refers back to it' : ''}. `;
  box.append(said, why);
  if (isWebUrl(link.source)) {
    const source = doc.createElement('a');
    source.href = link.source;
    source.target = '_blank';
    source.rel = 'noopener noreferrer';
    source.textContent = 'Open the source';
    box.append(source);
  }
  onTrusted(button, 'click', () => {
    box.hidden = !box.hidden;
    button.setAttribute('aria-expanded', String(!box.hidden));
  });
  root.append(button, box);
  return host;
}

/** Adds markers to the page's paragraphs that hold linked findings. Returns how many. */
export function addFindingMarkers(doc: Document, report: Report, links: ReadonlyMap<string, FindingLink[]>): number {
  const paragraphs = [...doc.body.querySelectorAll<HTMLElement>('p, li, div')].filter((el) => !el.querySelector('p, li, div'));
  let added = 0;
  for (const finding of report.findings) {
    const found = links.get(finding.id);
    if (!found?.length) continue;
    const start = normalise(finding.text).slice(0, 60);
    const element = paragraphs.find((el) => normalise(el.textContent ?? '').startsWith(start));
    if (!element || element.querySelector(MARKER_TAG)) continue;
    for (const link of found) element.append(markerFor(doc, link));
    added += found.length;
  }
  return added;
}
