// Types for firefox-lint-warnings.mjs.

export type LintWarning = { code: string; message: string; file?: string; line?: number; column?: number };
export type KnownWarning = { code: string; message: string; file: RegExp; count: number; why: string };

export const KNOWN_WARNINGS: KnownWarning[];

/** The warnings no known entry explains, or more of them than it allows. */
export function unexplainedWarnings<W extends LintWarning>(warnings: W[], known?: KnownWarning[]): W[];
