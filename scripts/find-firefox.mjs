#!/usr/bin/env node
// The Firefox the Firefox browser tests drive. Looked for in this order: FIREFOX_PATH;
// /usr/bin/firefox-esr, /usr/bin/firefox; `firefox-esr` or `firefox` on PATH.
//
// Run by `npm run setup` (as part of `npm run setup:browser`): where there is none and the machine
// is Debian and we are root, it installs Debian's `firefox-esr` with apt-get (Ubuntu's `firefox`
// package is a snap, which a test cannot drive); otherwise it stops and prints the one command to
// run. The Firefox tests call `firefoxPath()` from here as they start; FIREFOX_PATH chooses another.
//
// Plain Node, no dependencies: it runs before `npm ci`.
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { browserPath, findBrowser, setUpBrowser } from './find-browser.mjs';

const FIREFOX = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  fixedPaths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  onPath: ['firefox-esr', 'firefox'],
  apt: { package: 'firefox-esr', on: ['debian'] },
  alternative: 'a Firefox (ESR 128 or later)',
};

/** The Firefox to drive, or null when there is none; throws when FIREFOX_PATH names no executable. */
export const findFirefox = (env = process.env) => findBrowser(FIREFOX, env);

/** What the Firefox tests launch; throws, saying what to do, when there is nothing to launch. */
export const firefoxPath = (env = process.env) => browserPath(FIREFOX, env);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) setUpBrowser(FIREFOX);
