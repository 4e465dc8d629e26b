// Vitest globalSetup for the Firefox tests: without a Firefox, a Firefox build or port 443, every
// file would fail in its own words; stop the run once instead, saying what is missing and what to do.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxPath } from '../../../scripts/find-firefox.mjs';
import { EXTENSION_DIR } from './firefox';
import { forwardPort443 } from './port-443';

function stop(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

export default async function requireFirefox(): Promise<void> {
  try {
    firefoxPath();
  } catch (error) {
    stop((error as Error).message);
  }
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) stop(`No Firefox build in ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  // Port 443 free and ours to listen on (the forward only listens; nothing is behind it yet).
  const probe = await forwardPort443(1).catch((error: Error) => stop(error.message));
  await probe.close();
}
