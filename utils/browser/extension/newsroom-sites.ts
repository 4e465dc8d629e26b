// Browser-API side (not core): the sites the reader has asked Ofsted Lens to show itself on by
// itself (a council newsroom, say). Each is one origin's optional host permission, granted from
// the popup; the detection script is registered for that origin's news and press pages while the
// permission lasts, and unregistered when it is removed, from the popup, the options page or the
// browser's own extension settings.
import { browser } from 'wxt/browser';
import { CONTENT_MATCHES, newsroomMatches, REPORT_FILE_HOSTS, siteOrigin } from '../../core/sites';

const SCRIPT_PREFIX = 'newsroom:';
/** The detection script as the build names it (WXT puts content scripts under content-scripts/). */
const DETECTION_SCRIPT = 'content-scripts/detect.js';
const BUILT_IN = new Set([...CONTENT_MATCHES, ...REPORT_FILE_HOSTS]);

const permissionFor = (origin: string) => `${origin}/*`;

/** The origins the reader has granted, beyond the sites Ofsted Lens has from its install. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins
    .filter((pattern) => !BUILT_IN.has(pattern))
    .map((pattern) => siteOrigin(pattern.replace(/\/\*$/, '/')))
    .filter((origin): origin is string => origin !== null)
    .sort();
}

/**
 * Asks the browser for this one site. Call it straight from the click: the browser asks the reader
 * only within a user gesture. Resolves to whether it was granted.
 */
export function askForSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [permissionFor(origin)] });
}

export function removeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [permissionFor(origin)] });
}

/** Registers the detection script for each granted site and unregisters it from any no longer granted. */
export async function syncNewsroomScripts(): Promise<void> {
  const wanted = new Map((await grantedSites()).map((origin) => [`${SCRIPT_PREFIX}${origin}`, origin]));
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.startsWith(SCRIPT_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = [...wanted].filter(([id]) => !registered.includes(id));
  if (fresh.length === 0) return;
  await browser.scripting.registerContentScripts(
    fresh.map(([id, origin]) => ({ id, matches: newsroomMatches(origin), js: [DETECTION_SCRIPT], runAt: 'document_idle' as const })),
  );
}

/** Keeps the registered scripts in step with the permissions, whichever page changes them. */
export function keepNewsroomScriptsInStep(): void {
  const sync = () => void syncNewsroomScripts().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
