#!/usr/bin/env node
// The Chromium the browser tests drive. Looked for in this order: CHROMIUM_PATH; /usr/bin/chromium;
// `chromium` or `chromium-browser` on PATH; `google-chrome` on PATH.
//
// Run by `npm run setup` (as `npm run setup:browser`): where there is none and the machine is
// Debian or Ubuntu and we are root, it installs Debian's `chromium` with apt-get; otherwise it
// stops and prints the one command to run. The browser tests call `chromiumPath()` from here as
// they start, so they drive what this finds, and CHROMIUM_PATH chooses another.
//
// Plain Node, no dependencies: it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const FIXED_PATHS = ['/usr/bin/chromium'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name, searchPath) {
  for (const dir of (searchPath ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/**
 * The browser to drive, or null when there is none. A CHROMIUM_PATH that is set (and not empty)
 * is the only one considered: pointing at a browser that is not there is an error, never a quiet
 * fall-back to another.
 */
export function findChromium(env = process.env) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    const path = resolve(chosen);
    if (isExecutableFile(path)) return path;
    throw new Error(`CHROMIUM_PATH is set to ${chosen}, which is not an executable file. Point it at a Chromium or Chrome, or unset it.`);
  }
  for (const path of FIXED_PATHS) if (isExecutableFile(path)) return path;
  for (const name of ON_PATH) {
    const path = onPath(name, env.PATH);
    if (path) return path;
  }
  return null;
}

/** What the browser tests launch; throws, saying what to do, when there is nothing to launch. */
export function chromiumPath(env = process.env) {
  const path = findChromium(env);
  if (path) return path;
  throw new Error(
    'No Chromium or Chrome found for the browser tests (looked for CHROMIUM_PATH, /usr/bin/chromium, ' +
      'and chromium, chromium-browser or google-chrome on PATH). Run `npm run setup`, which installs ' +
      "Debian's chromium where it can, or set CHROMIUM_PATH to a Chromium or Chrome.",
  );
}

function osRelease() {
  try {
    const fields = Object.fromEntries(
      readFileSync('/etc/os-release', 'utf8')
        .split('\n')
        .map((line) => /^([A-Z_]+)=(.*)$/.exec(line))
        .filter(Boolean)
        .map(([, key, value]) => [key, value.replace(/^["']|["']$/g, '')]),
    );
    return { id: fields.ID ?? '', like: (fields.ID_LIKE ?? '').split(/\s+/) };
  } catch {
    return { id: '', like: [] };
  }
}

function isDebianLike() {
  const { id, like } = osRelease();
  return [id, ...like].some((name) => name === 'debian' || name === 'ubuntu');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

const say = (text) => process.stdout.write(`${text}\n`);

function stop(text) {
  process.stderr.write(`\n${text}\n\n`);
  process.exit(1);
}

function run(command, args) {
  say(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) stop(`Could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) stop(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

/** The browser's own version line: proof it runs, not only that a file is there. */
function version(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (result.status === 0) return result.stdout.trim();
  const why = result.error?.message ?? (result.stderr.trim() || `exit ${result.status ?? result.signal}`);
  stop(`Found ${path}, but \`${path} --version\` failed: ${why}\nInstall a working Chromium, or set CHROMIUM_PATH to one.`);
}

function setUp() {
  let path;
  try {
    path = findChromium();
  } catch (error) {
    stop(error.message);
  }
  if (!path) {
    if (!isDebianLike()) {
      stop(
        'No Chromium or Chrome found for the browser tests. Install one, then point CHROMIUM_PATH at it and run setup again:\n' +
          '  export CHROMIUM_PATH=/path/to/chromium && npm run setup',
      );
    }
    if (!isRoot()) {
      stop(
        "No Chromium found for the browser tests. Install Debian's chromium (this needs root), then run `npm run setup` again:\n" +
          '  sudo apt-get update && sudo apt-get install -y chromium\n' +
          'Or set CHROMIUM_PATH to a Chromium or Chrome you have.',
      );
    }
    say("No Chromium found for the browser tests: installing Debian's chromium.");
    run('apt-get', ['update', '-q']);
    run('apt-get', ['install', '-y', '-q', 'chromium']);
    path = findChromium();
    if (!path) stop('apt-get installed chromium, but still no Chromium was found (looked for /usr/bin/chromium, and chromium or chromium-browser on PATH). Set CHROMIUM_PATH to it.');
  }
  say(`Browser tests will drive ${path} (${version(path)}).`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) setUp();
