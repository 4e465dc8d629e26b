import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES, CONTENT_ORIGINS, REPORT_FILE_HOSTS } from './utils/page/sites';

const EXTENSION_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  `connect-src 'self' ${REPORT_FILE_HOSTS.map((pattern) => pattern.replace('/*', '')).join(' ')}`,
].join('; ');

export default defineConfig({
  srcDir: '.',
  zip: { excludeSources: ['.scratch/**', 'bench/results.*', '.ci/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, command }) => ({
    name: 'Ofsted Lens',
    description:
      "Grades, prior-inspection context and notes for Ofsted reports on local authority children's services.",
    // activeTab + scripting: the reader can ask for Ofsted Lens on any page without a broad host permission.
    // offscreen (Chrome): pdf.js reads the PDFs an authority's page lists, when the reader allows it.
    // webRequest: report PDFs open in the reader when the reader allows it (utils/extension/reader-redirect.ts);
    // no install warning, and it sees only the hosts below (Firefox MV2 can also block the PDF's load).
    permissions: [
      'activeTab', 'scripting', 'contextMenus', 'storage', 'webRequest',
      ...(browser === 'firefox' ? ['webRequestBlocking'] : ['offscreen']),
    ],
    // The sites the detection script runs on, and the report PDFs' hosts for the reader.
    host_permissions: [...CONTENT_MATCHES, ...REPORT_FILE_HOSTS],
    // The detection script imports the overlay from the extension on the pages it runs on.
    commands: {
      'save-selection': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selected text as an Ofsted Lens note' },
    },
    web_accessible_resources: [{ resources: ['overlay.js'], matches: CONTENT_ORIGINS }],
    // Stricter than the default for a built Chrome extension: its own scripts only, no plugins, no
    // <base>, never framed, and network only to the report-file hosts. (`wxt dev` keeps the
    // default, which its live reload needs; Firefox MV2 keeps its strict default.)
    ...(browser !== 'firefox' && command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_CSP } } : {}),
  }),
});
