// The popup's look-up of any authority by name: the register's names for the type-ahead, and the
// same history and England-wide context as the panel, with the reports the library has read.
// Loaded by the popup once its first screen is up, since it brings the register and Ofsted's tables.
import { drawAuthorityContext } from '../../../components/authority-context-view';
import { AUTHORITIES, authoritiesSharing, findAuthority, type Authority } from '../../core/authorities/match';
import { inspectionsFor } from '../library/inspection-db';
import type { LensDb } from '../library/lens-db';
import { authorityPanelContext, readFromLibrary, type AuthorityPanelContext } from '../../core/model/authority-history';
import { readLatestGrades } from './read-latest-grades';

export { drawAuthorityContext };

export type LookupResult = { context: AuthorityPanelContext } | { message: string };

/** Every name the type-ahead offers: each authority's name first, then its other names, A to Z. */
export const AUTHORITY_NAMES: readonly string[] = [...new Set(AUTHORITIES.flatMap((a) => a.names))].sort((a, b) => a.localeCompare(b));

/** The one authority a name, or the start of one ("Stok"), stands for. */
function authorityNamed(name: string): Authority | null {
  const found = findAuthority(name);
  if (found) return found;
  const start = name.trim().toLowerCase();
  if (start.length < 3) return null;
  const starting = new Set(AUTHORITIES.filter((a) => a.names.some((n) => n.toLowerCase().startsWith(start))));
  return starting.size === 1 ? [...starting][0]! : null;
}

export async function lookUpAuthority(db: LensDb, name: string): Promise<LookupResult> {
  const authority = authorityNamed(name);
  if (!authority) {
    const sharing = authoritiesSharing(name);
    return {
      message: sharing.length > 1
        ? `“${name.trim()}” is the name of more than one authority: ${sharing.map((a) => a.name).join(', ')}. Choose one.`
        : `No local authority goes by “${name.trim()}”. Choose one from the list as you type.`,
    };
  }
  const [known, readLatest] = await Promise.all([inspectionsFor(db, authority.key).catch(() => []), readLatestGrades()]);
  const context = authorityPanelContext(authority.key, readFromLibrary(known), undefined, readLatest);
  return context ? { context } : { message: `Ofsted Lens has no inspections of ${authority.name} to show.` };
}
