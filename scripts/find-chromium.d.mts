// Types for find-chromium.mjs, which stays plain JavaScript so it runs before `npm ci`.

/** The browser the browser tests drive, or null when there is none; throws when CHROMIUM_PATH names no executable. */
export function findChromium(env?: NodeJS.ProcessEnv): string | null;

/** What the browser tests launch; throws, saying what to do, when there is nothing to launch. */
export function chromiumPath(env?: NodeJS.ProcessEnv): string;
