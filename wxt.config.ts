import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Rollup } from 'vite';
import { CONTENT_MATCHES, OFSTED_REPORT_MATCHES, OPTIONAL_SITES, REPORT_FILE_HOSTS } from './utils/core/sites';

/** The add-on's ID in Firefox: fixed, so storage and granted sites survive a reinstall. */
export const GECKO_ID = 'ofsted-lens@ofsted-lens.org.uk';

// Stricter than the defaults in both browsers: its own scripts only, no plugins, no <base>, framed
// by nothing (Chrome) or by its own pages alone (Firefox, whose background page frames
// offscreen.html to read listed reports, having no offscreen API), and network only to Ofsted's
// report site (the watch's daily look at followed authorities' pages) and the report-file hosts. (`wxt dev` keeps Chrome's default, which its live reload needs.)
const extensionCsp = (framedBy: string) =>
  [
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${framedBy}`,
    `connect-src 'self' ${[...OFSTED_REPORT_MATCHES, ...REPORT_FILE_HOSTS].map((pattern) => pattern.replace('/*', '')).join(' ')}`,
  ].join('; ');

// zod 4.6 puts comments about esbuild beside its `@__PURE__` annotations, where Rollup cannot read
// them (zod/v4/core/util.js and regexes.js): Rollup drops those comments, and said so six times a
// build. Only that warning, for zod's own files, passes in silence; every other log goes on as
// before. (onLog, not onwarn: @preact/preset-vite sets an onwarn of its own, which replaces ours.)
export const quietZodAnnotations: NonNullable<Rollup.InputOptions['onLog']> = (level, log, handler) => {
  const inZod = /[\\/]node_modules[\\/]zod[\\/]/.test(log.id ?? '');
  if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && inZod) return;
  handler(level, log);
};

export default defineConfig({
  srcDir: '.',
  // No auto-imports: every module names what it uses, so a missing import fails the type-check.
  imports: false,
  zip: { excludeSources: ['.scratch/**', 'bench/results.*', '.ci/**'] },
  vite: () => ({
    plugins: [preact()],
    // The largest chunk holds pdf.js's display layer (about 400 KB) with the report reader's core, and
    // crossed Vite's 500 KB warning by a few kilobytes; an extension reads it from its own files, never
    // over a network, which is what the warning is for. Past 640 KB it warns again.
    build: { rollupOptions: { onLog: quietZodAnnotations }, chunkSizeWarningLimit: 640 },
  }),
  manifest: ({ browser, command }) => ({
    name: 'Ofsted Lens',
    description:
      "Grades, prior-inspection context and notes for Ofsted reports on local authority children's services.",
    // activeTab + scripting: the reader can ask for Ofsted Lens on any page without a broad host
    // permission, and the background injects the overlay (nothing is web-accessible).
    // offscreen (Chrome): pdf.js reads the PDFs an authority's page lists, when the reader allows it.
    // webRequest: report PDFs open in the reader when the reader allows it (utils/browser/extension/reader-redirect.ts);
    // no install warning, and it sees only the hosts below (Firefox MV2 can also block the PDF's load).
    // alarms: the watch's one daily check of followed authorities, registered only while one is
    // followed (utils/browser/extension/watch.ts); no install warning.
    permissions: [
      'activeTab', 'scripting', 'contextMenus', 'storage', 'webRequest', 'alarms',
      ...(browser === 'firefox' ? ['webRequestBlocking'] : ['offscreen']),
    ],
    // Ofsted's sites, the report PDFs' hosts, and the named sector news sites: the install warning names these alone.
    host_permissions: [...CONTENT_MATCHES, ...REPORT_FILE_HOSTS],
    // A council newsroom, one origin at a time, when the reader asks for it in the popup.
    // (WXT drops optional_host_permissions from an MV2 manifest, so Firefox gets optional_permissions.)
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_SITES } : { optional_host_permissions: OPTIONAL_SITES }),
    commands: {
      'save-selection': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selected text as an Ofsted Lens note' },
    },
    ...(browser === 'firefox'
      ? {
          // Ofsted Lens collects and transmits nothing: notes and the library stay in the browser.
          browser_specific_settings: { gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } },
          ...(command === 'build' ? { content_security_policy: extensionCsp("'self'") } : {}),
        }
      : command === 'build' ? { content_security_policy: { extension_pages: extensionCsp("'none'") } } : {}),
  }),
});
