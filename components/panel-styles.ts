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

/** Where the panel's host sits on a page, pinned against the page's own CSS (shadow-host.ts). */
export const PANEL_LAYOUT = { position: 'fixed', right: '16px', bottom: '16px', 'z-index': '2147483647' };

export const PANEL_CSS = `
${CHIP_CSS}
.panel { box-sizing: border-box; width: 320px; max-height: 70vh; overflow: auto; background: #ffffff; color: #1b1b1b;
  border: 1px solid #6b6b6b; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 14px/1.4 system-ui, sans-serif; }
.bar { display: flex; align-items: center; gap: 8px; width: 100%; padding: 8px 12px; border: 0; background: #1d3557; color: #ffffff;
  font: 600 14px/1.4 system-ui, sans-serif; text-align: left; cursor: pointer; border-radius: 7px 7px 0 0; }
.bar:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.collapsed .bar { border-radius: 7px; }
.bar .title { flex: 1; }
.body { padding: 10px 12px 12px; }
.kind { margin: 0 0 2px; color: #4a4a4a; font-size: 12px; }
.authority { margin: 0 0 4px; font-size: 16px; font-weight: 700; }
.dates { margin: 0 0 8px; color: #4a4a4a; font-size: 12px; }
.overall { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; justify-content: space-between; gap: 8px; align-items: center; padding: 4px 0; border-top: 1px solid #e2e2e2; }
.note { margin: 6px 0 0; color: #333333; }
.section { margin-top: 10px; font-weight: 600; }
.trend { font-size: 12px; color: #4a4a4a; }
a { color: #1d4ed8; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1e1e1e; color: #f2f2f2; border-color: #9a9a9a; }
  .kind, .dates, .trend { color: #c8c8c8; }
  .note { color: #e0e0e0; }
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
