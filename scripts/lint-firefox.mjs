#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org runs)
// over the Firefox build in .output/firefox-mv2. Fails on any error, and on any warning that
// firefox-lint-warnings.mjs does not list with why it stays: those are all in libraries' own code,
// so a warning from ours fails. Offline: web-ext's API, so no update check either.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import webExt from 'web-ext';
import { unexplainedWarnings } from './firefox-lint-warnings.mjs';

const SOURCE_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2');

if (!existsSync(resolve(SOURCE_DIR, 'manifest.json'))) {
  process.stderr.write(`No Firefox build in ${SOURCE_DIR}: run \`npm run build:firefox\` first.\n`);
  process.exit(1);
}
const result = await webExt.cmd.lint(
  { sourceDir: SOURCE_DIR, artifactsDir: resolve(SOURCE_DIR, '../web-ext-artifacts'), output: 'text', boring: !process.stdout.isTTY },
  { shouldExitProgram: false },
);
const unexplained = unexplainedWarnings(result.warnings);
const { errors, warnings } = result.summary;
process.stdout.write(`\nweb-ext lint: ${errors} errors, ${warnings} warnings (${warnings - unexplained.length} in libraries' code, explained in scripts/firefox-lint-warnings.mjs).\n`);
for (const warning of unexplained) process.stderr.write(`Unexplained warning, from our code?: ${warning.code} in ${warning.file}:${warning.line}:${warning.column}: ${warning.message}\n`);
if (errors > 0 || unexplained.length > 0) process.exit(1);
