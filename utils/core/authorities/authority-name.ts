// The one name every view shows for an authority: the register's ("Portsmouth"), found by its key,
// whatever a document or a note saved it as ("Portsmouth City Council"). What was saved stays as it
// was; only what is shown comes from here. Reads the register's rows alone, not the matcher
// (match.ts), so the popup can name its notes' authorities without loading the matcher.
import { CURRENT_NAMES, FORMER_NAMES } from './register';

let names: Map<string, string> | null = null;

/** The register's name for `key`; else the name as saved; null when there is neither. */
export function authorityName(key: string | null | undefined, saved?: string | null): string | null {
  names ??= new Map([...CURRENT_NAMES, ...FORMER_NAMES].map((row) => [row[0], row[1]]));
  return (key ? names.get(key) : undefined) ?? saved ?? null;
}
