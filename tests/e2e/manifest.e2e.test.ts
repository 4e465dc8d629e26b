// The built manifests ask for nothing beyond a short, documented list (README, "Privacy").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const manifest = (dir: string) => JSON.parse(readFileSync(resolve(OUTPUT, dir, 'manifest.json'), 'utf8'));

// webRequest: report PDFs open in the reader when the option is on (events only for the hosts below);
// Firefox MV2 may block the PDF's load (webRequestBlocking); Chrome reads listed reports offscreen;
// alarms: the watch's daily look at the authorities the reader follows.
const PERMISSIONS = {
  'chrome-mv3': ['activeTab', 'alarms', 'contextMenus', 'offscreen', 'scripting', 'storage', 'webRequest'],
  'firefox-mv2': ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'webRequest', 'webRequestBlocking'],
};
// Granted at install: Ofsted's sites and the named sector news sites, nothing else.
const HOSTS = [
  'https://reports.ofsted.gov.uk/*',
  'https://files.ofsted.gov.uk/*',
  'https://files.api.ofsted.gov.uk/*',
  'https://www.communitycare.co.uk/*',
  'https://www.cypnow.co.uk/*',
  'https://www.childrenfirst.news/*',
  'https://www.lgcplus.com/*',
  'https://www.localgov.co.uk/*',
];

/** Asked for at run time, one site at a time, from the popup's "Always show Ofsted Lens on this site". */
const OPTIONAL = ['https://*/*'];
const csp = (framedBy: string) =>
  `script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors ${framedBy}; connect-src 'self' https://reports.ofsted.gov.uk https://files.ofsted.gov.uk https://files.api.ofsted.gov.uk`;

describe('the built manifests', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2'] as const) {
    it(`${dir}: asks only for permissions on the allow-list, and no <all_urls>`, () => {
      const m = manifest(dir);
      const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
      expect(asked.sort()).toEqual([...PERMISSIONS[dir], ...HOSTS].sort());
      expect(m.optional_permissions ?? m.optional_host_permissions).toEqual(OPTIONAL);
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|gov\.uk\/\*(news|press)/);
    });

    it(`${dir}: makes nothing web-accessible, so no page can probe for Ofsted Lens`, () => {
      expect(manifest(dir).web_accessible_resources).toBeUndefined();
    });

    it(`${dir}: runs the detection script by itself only on Ofsted's report site and the sector news sites`, () => {
      const m = manifest(dir);
      expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(HOSTS.filter((h) => !h.includes('files')).sort());
    });

    it(`${dir}: opens report PDFs in the reader with webRequest alone: no webNavigation, no tabs, no declarativeNetRequest`, () => {
      const m = manifest(dir);
      expect(m.permissions).toContain('webRequest');
      expect(m.permissions.some((p: string) => /webNavigation|^tabs$|declarativeNetRequest/.test(p))).toBe(false);
    });
  }

  it('chrome-mv3 and firefox-mv2: a strict CSP, loading no remote code, connecting only to Ofsted’s report site and its report-file hosts, framed by nothing (Firefox: only by its own background page)', () => {
    expect(manifest('chrome-mv3').content_security_policy.extension_pages).toBe(csp("'none'"));
    expect(manifest('firefox-mv2').content_security_policy).toBe(csp("'self'"));
    expect(csp("'self'")).not.toMatch(/unsafe|\*|http:/);
  });

  it('firefox-mv2: has a fixed add-on ID and declares that it collects no data', () => {
    expect(manifest('firefox-mv2').browser_specific_settings.gecko).toEqual({ id: 'ofsted-lens@ofsted-lens.org.uk', data_collection_permissions: { required: ['none'] } });
  });

  it('chrome-mv3: the production build leaves no benchmark marks for a page to read', () => {
    expect(readFileSync(resolve(OUTPUT, 'chrome-mv3', 'content-scripts/detect.js'), 'utf8')).not.toContain('ofsted-lens:');
  });
});
