#!/usr/bin/env node
// The Chromium the Chrome browser tests drive. Looked for in this order: CHROMIUM_PATH;
// /usr/bin/chromium; `chromium` or `chromium-browser` on PATH; `google-chrome` on PATH.
//
// Run by `npm run setup` (as part of `npm run setup:browser`): where there is none and the machine
// is Debian or Ubuntu and we are root, it installs Debian's `chromium` with apt-get; otherwise it
// stops and prints the one command to run. The browser tests call `chromiumPath()` from here as
// they start, so they drive what this finds, and CHROMIUM_PATH chooses another.
//
// Plain Node, no dependencies: it runs before `npm ci`.
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { browserPath, findBrowser, setUpBrowser } from './find-browser.mjs';

const CHROMIUM = {
  name: 'Chromium or Chrome',
  envVar: 'CHROMIUM_PATH',
  fixedPaths: ['/usr/bin/chromium'],
  onPath: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  apt: { package: 'chromium', on: ['debian', 'ubuntu'] },
  alternative: 'a Chromium or Chrome',
};

/**
 * The browser to drive, or null when there is none. A CHROMIUM_PATH that is set (and not empty)
 * is the only one considered: pointing at a browser that is not there is an error, never a quiet
 * fall-back to another.
 */
export const findChromium = (env = process.env) => findBrowser(CHROMIUM, env);

/** What the browser tests launch; throws, saying what to do, when there is nothing to launch. */
export const chromiumPath = (env = process.env) => browserPath(CHROMIUM, env);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) setUpBrowser(CHROMIUM);
