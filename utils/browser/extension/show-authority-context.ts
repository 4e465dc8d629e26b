// Browser-API side (not core): adds an authority's official history, merged with the library's
// reports, to a panel already up. Loaded by the overlay and the reader only, never the content
// script, since it brings Ofsted's official tables.
import { authorityPanelContext, readCurrent, readFromLibrary } from '../../core/model/authority-history';
import { withAuthorityContext, type PanelModel } from '../../core/model/panel-model';
import type { LivePanel } from '../page/live-panel';
import type { Read } from '../../core/library-identity';
import type { ParsedDocument } from '../../core/schema/domain';
import type { InspectionRecord } from '../../core/schema/storage';
import { inspectionsFromBackground } from './library-client';
import { readLatestGrades } from './read-latest-grades';
import type { ReadLatestGrade } from '../../core/authorities/context';

/**
 * The panel's model with the context for `key`: the library's `known` reports and the document on
 * screen, if any, read as `current.read` says; `readLatest`, each authority's newest report fetched.
 */
export function modelWithContext(model: PanelModel, key: string | null, known: readonly InspectionRecord[], current?: { read: Read; doc: ParsedDocument }, readLatest: readonly ReadLatestGrade[] = []): PanelModel {
  if (!key) return model;
  const read = [...(current ? readCurrent(current.read, current.doc) : []), ...readFromLibrary(known)];
  return withAuthorityContext(model, authorityPanelContext(key, read, current?.doc.inspection?.start, readLatest));
}

/**
 * A document's panel: asks the library for the authority's reports, then adds the context (England
 * at the inspection's date). `read`: where the document on screen was read, and by whom.
 */
export async function addAuthorityContext(panel: LivePanel, read: Read, doc: ParsedDocument): Promise<void> {
  if (!doc.authorityKey || (doc.kind === 'news' && doc.isRoundUp)) return;
  const [known, readLatest] = await Promise.all([inspectionsFromBackground(doc.authorityKey).catch(() => []), readLatestGrades()]);
  const next = modelWithContext(panel.latest(), doc.authorityKey, known, { read, doc }, readLatest);
  if (next.context) panel.update(next);
}
