// Styles live inside the panel's shadow root: none of the page's reach in, none of these leak out.
// Chip colours follow Ofsted's order (green, blue-green, amber, red); each pairs with text at
// WCAG AA contrast or better, in light and dark schemes.
export const CHIP_CSS = `
.chip { display: inline-block; padding: 0.1em 0.5em; border-radius: 0.8em; font: 600 12px/1.5 system-ui, sans-serif; white-space: nowrap; border: 1px solid transparent; }
.chip-large { font-size: 16px; padding: 0.15em 0.7em; }
.chip-outstanding { background: #14532d; color: #ffffff; }
.chip-good { background: #0f5f6b; color: #ffffff; }
.chip-requires-improvement { background: #fcd34d; color: #1f1300; border-color: #8a6100; }
.chip-inadequate { background: #9f1239; color: #ffffff; }
`;

import type { PanelSide } from '../utils/core/schema/storage';

/** Where the panel's host sits on a page, pinned against the page's own CSS (shadow-host.ts); its side is pinned apart (panelSideCss), so it can move. */
export const PANEL_LAYOUT = { position: 'fixed', bottom: '16px', 'z-index': '2147483647' };

/** The side, in a style after the host's pinned layout: the later of two important :host rules wins. */
export const panelSideCss = (side: PanelSide) => `:host { ${side}: 16px !important; }`;

/** A fold (fold.ts): its summary a full-width control with a turning arrow, its contents below. */
export const FOLD_CSS = `
details { border-top: 1px solid #e2e2e2; }
summary { display: list-item; padding: 6px 0; font: 600 14px/1.4 system-ui, sans-serif; cursor: pointer; }
summary:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
details[open] > summary { margin-bottom: 4px; }
details > :last-child { margin-bottom: 8px; }
@media (prefers-color-scheme: dark) { details { border-top-color: #3a3a3a; } }
`;

export const PANEL_CSS = `
${CHIP_CSS}
${FOLD_CSS}
.panel { box-sizing: border-box; width: 320px; max-height: calc(100vh - 32px); overflow: auto; background: #ffffff; color: #1b1b1b;
  border: 1px solid #6b6b6b; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 14px/1.4 system-ui, sans-serif; }
.head { display: flex; background: #1d3557; border-radius: 7px 7px 0 0; }
.collapsed .head { border-radius: 7px; }
.bar { display: flex; flex: 1; align-items: center; gap: 8px; min-width: 0; padding: 8px 12px; border: 0; background: none; color: #ffffff;
  font: 600 14px/1.4 system-ui, sans-serif; text-align: left; cursor: pointer; border-radius: inherit; }
.side { flex: none; padding: 0 12px; border: 0; border-left: 1px solid #4b6a94; background: none; color: #ffffff; font: 600 14px/1 system-ui, sans-serif; cursor: pointer; border-radius: 0 7px 7px 0; }
.follow { flex: none; padding: 0 10px; border: 0; border-left: 1px solid #4b6a94; background: none; color: #ffffff; font: 600 13px/1 system-ui, sans-serif; cursor: pointer; white-space: nowrap; }
.follow[aria-pressed='true'] { background: #2d4f7c; }
.bar:focus-visible, .side:focus-visible, .follow:focus-visible { outline: 3px solid #ffbf47; outline-offset: -3px; }
.bar .title { flex: 1; }
.body { padding: 10px 12px 12px; }
.kind { margin: 0 0 2px; color: #4a4a4a; font-size: 12px; }
.authority { margin: 0 0 2px; font-size: 16px; font-weight: 700; }
.dates { margin: 0 0 8px; color: #4a4a4a; font-size: 13px; }
.date { white-space: nowrap; }
.overall { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin: 0 0 8px; }
.overall .trend { flex-basis: 100%; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; justify-content: space-between; gap: 8px; align-items: center; padding: 4px 0; border-top: 1px solid #e2e2e2; }
/* A judgement's name and grade on one line, its direction under both, the whole width. */
li.judgement { display: grid; grid-template-columns: 1fr auto; gap: 0 8px; }
li.judgement .trend { grid-column: 1 / -1; }
.note { margin: 6px 0 8px; color: #333333; }
.standing { margin: 8px 0; font-size: 13px; color: #333333; }
.section { margin-top: 10px; font-weight: 600; }
.trend, .small { font-size: 12px; color: #4a4a4a; }
a { color: #1d4ed8; }
.briefing { margin: 8px 0; }
.briefing-link { padding: 0; font: 600 14px/1.4 system-ui, sans-serif; color: #1d4ed8; background: none; border: 0; text-decoration: underline; cursor: pointer; }
.briefing-link:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .briefing-link { color: #93c5fd; }
  .panel { background: #1e1e1e; color: #f2f2f2; border-color: #9a9a9a; }
  .kind, .dates, .trend, .small { color: #c8c8c8; }
  .note, .standing { color: #e0e0e0; }
  li { border-top-color: #3a3a3a; }
  a { color: #93c5fd; }
}
/* A printed report or reader page is the report's own, without the panel over it. */
@media print { :host { display: none !important; } }
`;

/** The panel's summary of the findings' markers: drawn (with these styles) by the overlay and the reader only, never the detection script. */
export const PRIOR_CSS = `
.filter { display: block; margin: 10px 0 0; font-size: 12px; color: #4a4a4a; }
.filter select { display: block; width: 100%; margin-top: 2px; padding: 2px 4px; font: 13px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #ffffff; border: 1px solid #6b6b6b; border-radius: 4px; }
ul.prior li { align-items: flex-start; }
.paras { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 4px; flex-shrink: 0; max-width: 45%; }
.para { padding: 0 6px; font: 12px/1.5 system-ui, sans-serif; white-space: nowrap; color: #1d4ed8; background: none; border: 1px solid currentColor; border-radius: 0.8em; cursor: pointer; }
.compare { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 10px 0 0; }
.link { padding: 0; font: inherit; color: #1d4ed8; background: none; border: 0; text-decoration: underline; cursor: pointer; }
.para:focus-visible, .link:focus-visible, .filter select:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .filter { color: #c8c8c8; }
  .filter select { color: #f2f2f2; background: #2a2a2a; border-color: #9a9a9a; }
  .para, .link { color: #93c5fd; }
}
`;
