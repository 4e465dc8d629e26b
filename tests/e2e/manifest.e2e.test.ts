// The built manifests ask for nothing beyond a short, documented list (README, "Privacy").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const manifest = (dir: string) => JSON.parse(readFileSync(resolve(OUTPUT, dir, 'manifest.json'), 'utf8'));

// webRequest: report PDFs open in the reader when the option is on (events only for the hosts below);
// Firefox MV2 may block the PDF's load (webRequestBlocking); Chrome reads listed reports offscreen.
const PERMISSIONS = {
  'chrome-mv3': ['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'webRequest'],
  'firefox-mv2': ['activeTab', 'contextMenus', 'scripting', 'storage', 'webRequest', 'webRequestBlocking'],
};
const HOSTS = [
  'https://reports.ofsted.gov.uk/*',
  'https://files.ofsted.gov.uk/*',
  'https://files.api.ofsted.gov.uk/*',
  'https://*.gov.uk/*news*',
  'https://*.gov.uk/*press*',
  'https://www.communitycare.co.uk/*',
  'https://www.cypnow.co.uk/*',
  'https://www.childrenfirst.news/*',
  'https://www.lgcplus.com/*',
  'https://www.localgov.co.uk/*',
];

describe('the built manifests', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2'] as const) {
    it(`${dir}: asks only for permissions on the allow-list, and no <all_urls>`, () => {
      const m = manifest(dir);
      const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])];
      for (const permission of asked) expect([...PERMISSIONS[dir], ...HOSTS], `${dir} asks for ${permission}`).toContain(permission);
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    });

    it(`${dir}: opens report PDFs in the reader with webRequest alone: no webNavigation, no tabs, no declarativeNetRequest, and the reader is web-accessible to no site`, () => {
      const m = manifest(dir);
      expect(m.permissions).toContain('webRequest');
      expect(m.permissions.some((p: string) => /webNavigation|^tabs$|declarativeNetRequest/.test(p))).toBe(false);
      expect(JSON.stringify(m.web_accessible_resources)).not.toContain('reader');
    });
  }

  it('chrome-mv3: runs the detection script only on the listed sites, loads no remote code, and has a strict CSP', () => {
    const m = manifest('chrome-mv3');
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(HOSTS.filter((h) => !h.includes('files')).sort());
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp.split('; ')).toEqual(expect.arrayContaining(["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]));
    expect(csp).not.toMatch(/unsafe|\*|http:/);
    expect(csp).toContain("connect-src 'self' https://files.ofsted.gov.uk https://files.api.ofsted.gov.uk");
  });
});
