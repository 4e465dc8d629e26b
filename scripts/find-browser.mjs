// Finding, and on a fresh machine installing, a browser the browser tests drive: what
// find-chromium.mjs and find-firefox.mjs share. Each names its browser in a spec:
//   { name, envVar, fixedPaths, onPath, apt: { package, on }, alternative }
// `envVar` (when set and not empty) is the only one considered; then each of `fixedPaths`; then each
// of `onPath` on PATH. Setting up installs `apt.package` with apt-get as root on the distributions
// named in `apt.on`; otherwise it stops and prints the one command to run.
//
// Plain Node, no dependencies: it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import process from 'node:process';

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

const looksFor = (spec) => [spec.envVar, ...spec.fixedPaths, `${spec.onPath.join(', ')} on PATH`].join(', ');

/**
 * The browser to drive, or null when there is none. An env variable that is set (and not empty) is
 * the only one considered: pointing at a browser that is not there is an error, never a quiet
 * fall-back to another.
 */
export function findBrowser(spec, env = process.env) {
  const chosen = env[spec.envVar];
  if (chosen) {
    const path = resolve(chosen);
    if (isExecutableFile(path)) return path;
    throw new Error(`${spec.envVar} is set to ${chosen}, which is not an executable file. Point it at ${spec.alternative}, or unset it.`);
  }
  for (const path of spec.fixedPaths) if (isExecutableFile(path)) return path;
  for (const name of spec.onPath) {
    const path = onPath(name, env.PATH);
    if (path) return path;
  }
  return null;
}

/** What the browser tests launch; throws, saying what to do, when there is nothing to launch. */
export function browserPath(spec, env = process.env) {
  const path = findBrowser(spec, env);
  if (path) return path;
  throw new Error(
    `No ${spec.name} found for the browser tests (looked for ${looksFor(spec)}). Run \`npm run setup\`, which installs ` +
      `Debian's ${spec.apt.package} where it can, or set ${spec.envVar} to ${spec.alternative}.`,
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

/** Whether apt-get here offers the package: by the distribution's family, Ubuntu's before Debian's (Ubuntu is also "like debian"). */
function aptCanInstall(spec) {
  const { id, like } = osRelease();
  const family = [id, ...like].find((name) => name === 'ubuntu' || name === 'debian');
  return Boolean(family) && spec.apt.on.includes(family);
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
function version(spec, path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (result.status === 0) return result.stdout.trim();
  const why = result.error?.message ?? (result.stderr.trim() || `exit ${result.status ?? result.signal}`);
  stop(`Found ${path}, but \`${path} --version\` failed: ${why}\nInstall a working ${spec.name}, or set ${spec.envVar} to one.`);
}

/** `npm run setup`: finds the browser, installing it where it can; otherwise stops, saying how. */
export function setUpBrowser(spec) {
  let path;
  try {
    path = findBrowser(spec);
  } catch (error) {
    stop(error.message);
  }
  if (!path) {
    if (!aptCanInstall(spec)) {
      stop(
        `No ${spec.name} found for the browser tests. Install one, then point ${spec.envVar} at it and run setup again:\n` +
          `  export ${spec.envVar}=/path/to/${spec.onPath[0]} && npm run setup`,
      );
    }
    if (!isRoot()) {
      stop(
        `No ${spec.name} found for the browser tests. Install Debian's ${spec.apt.package} (this needs root), then run \`npm run setup\` again:\n` +
          `  sudo apt-get update && sudo apt-get install -y ${spec.apt.package}\n` +
          `Or set ${spec.envVar} to ${spec.alternative} you have.`,
      );
    }
    say(`No ${spec.name} found for the browser tests: installing Debian's ${spec.apt.package}.`);
    run('apt-get', ['update', '-q']);
    run('apt-get', ['install', '-y', '-q', spec.apt.package]);
    path = findBrowser(spec);
    if (!path) stop(`apt-get installed ${spec.apt.package}, but still no ${spec.name} was found (looked for ${looksFor(spec)}). Set ${spec.envVar} to it.`);
  }
  say(`Browser tests will drive ${path} (${version(spec, path)}).`);
}
