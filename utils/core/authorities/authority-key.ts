// Every authority key in Ofsted Lens comes from the register (utils/authorities/): a name that
// matches no authority there gets no key, never one made up from its words.
import { keyForName } from './identify';
import { nameForms } from './names';

/** The register's key for the authority a name stands for ("Portsmouth City Council" → portsmouth), or null. */
export function authorityKey(name: string): string | null {
  return keyForName(name);
}

/**
 * Whether a name read from a document names a place at all, register or not: "Westmere County
 * Council" does, "Council" and "???" do not. A document's own name for its authority is shown as
 * it is written even when it has no key.
 */
export function namesAPlace(name: string): boolean {
  const bare = nameForms(name).at(-1) ?? '';
  return /[a-z0-9]/.test(bare) && !/^(?:the )?(?:council|local authority|borough|city|county|childrens services)$/.test(bare);
}
