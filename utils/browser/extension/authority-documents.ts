// Browser-API side (not core): an authority's page on reports.ofsted.gov.uk, fetched and read in the
// reading page (authority-page-fetch.ts), and which of the documents it lists the library does not
// hold yet. Fetching England's reports (england-fetch.ts) and watching followed authorities use it.
import type { LensDb } from '../library/lens-db';
import { authorityByKey } from '../../core/authorities/match';
import { providerUrl } from '../../core/authorities/context';
import type { ProviderEvent } from '../../core/page/provider-page';
import { reportFileAddresses } from '../../core/library-identity';
import type { FetchFailure } from '../../core/schema/england-fetch';
import { AuthorityPageReplySchema, type AuthorityPageReply } from '../../core/schema/messages';
import { askReadingPage } from './read-listed-reports';

/** Reads an authority's page, its answer checked; no answer from the reading page is a failure that may pass. */
export async function readAuthorityPage(url: string, ask = askReadingPage()): Promise<AuthorityPageReply> {
  const reply = AuthorityPageReplySchema.safeParse(await ask({ target: 'offscreen', type: 'read-authority-page', url }).catch(() => null));
  return reply.success ? reply.data : { page: null, failure: { status: null, message: 'the page reading Ofsted’s pages gave no answer', mayRetry: true } };
}

/** Of these report PDFs, those the library holds (read from either file host), by the address given. */
export async function heldAmong(db: LensDb, sources: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  for (const src of sources) {
    const count = await db.inspections.where('sources').anyOf(reportFileAddresses(src)).filter((r) => r.provenance !== 'news').count();
    if (count > 0) held.add(src);
  }
  return held;
}

export type AuthorityDocuments =
  | { url: string; documents: ProviderEvent[]; notHeld: ProviderEvent[]; failure: null }
  | { url: string | null; documents: null; notHeld: null; failure: FetchFailure };

/**
 * Fetches an authority's page (by its register key) and lists the documents it links to, and
 * those of them the library does not hold. A page with no list at all gives empty lists: the
 * caller says what that means (a changed layout, for one).
 */
export async function authorityDocumentsNotHeld(db: LensDb, authorityKey: string, read: (url: string) => Promise<AuthorityPageReply> = readAuthorityPage): Promise<AuthorityDocuments> {
  const authority = authorityByKey(authorityKey);
  const url = authority && providerUrl(authority);
  if (!url) return { url: null, documents: null, notHeld: null, failure: { status: null, message: `no page on reports.ofsted.gov.uk is known for ${authorityKey}`, mayRetry: false } };
  const reply = await read(url);
  if (!reply.page) return { url, documents: null, notHeld: null, failure: reply.failure ?? { status: null, message: 'no answer', mayRetry: true } };
  const documents = reply.page.events;
  const held = await heldAmong(db, documents.map((e) => e.href));
  return { url, documents, notHeld: documents.filter((e) => !held.has(e.href)), failure: null };
}

/** Why an authority's page gave the watch no documents to compare, said to the reader as it is. */
export class AuthorityPageError extends Error {}

export const LAYOUT_CHANGED = 'the page lists no reports Ofsted Lens can read: its layout may have changed';

function failureWords(failure: FetchFailure | null): string {
  if (failure?.status) return `reports.ofsted.gov.uk answered ${failure.status}`;
  if (failure?.message === 'the network failed') return 'reports.ofsted.gov.uk could not be reached';
  return `reports.ofsted.gov.uk: ${failure?.message ?? 'no answer'}`;
}

/**
 * For the watch: the documents the authority's page at `url` lists, checked to be the page of
 * `authorityKey`. A failure, a page naming another authority and a page listing none (a changed
 * layout, not "nothing new") are thrown as an error in words.
 */
export async function authorityDocuments(url: string, authorityKey: string, read: (url: string) => Promise<AuthorityPageReply> = readAuthorityPage): Promise<ProviderEvent[]> {
  const reply = await read(url);
  if (!reply.page) throw new AuthorityPageError(failureWords(reply.failure));
  if (reply.page.authorityKey !== authorityKey) throw new AuthorityPageError('the page names another authority');
  if (reply.page.events.length === 0) throw new AuthorityPageError(LAYOUT_CHANGED);
  return reply.page.events;
}
