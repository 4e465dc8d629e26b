// Types for find-firefox.mjs, which stays plain JavaScript so it runs before `npm ci`.

/** The Firefox the Firefox tests drive, or null when there is none; throws when FIREFOX_PATH names no executable. */
export function findFirefox(env?: NodeJS.ProcessEnv): string | null;

/** What the Firefox tests launch; throws, saying what to do, when there is nothing to launch. */
export function firefoxPath(env?: NodeJS.ProcessEnv): string;
