// What every overlay feature is given: the page's reading (done once, by the detection script or,
// when the reader asked, by the overlay) and the panel on screen, which each feature may update.
import type { ProviderPage } from '../../core/page/provider-page';
import type { ParsedDocument } from '../../core/schema/domain';
import type { LivePanel } from '../page/live-panel';

/** `url`: the address the page's document was loaded from, without its fragment (document-address.ts): what notes and the library know it by. */
export type OverlayPage =
  | { kind: 'provider'; url: string; page: ProviderPage; panel: LivePanel }
  | { kind: 'document'; url: string; doc: ParsedDocument; panel: LivePanel };

/** One thing the overlay adds to a page; `run` on the pages `appliesTo` accepts, each contained. */
export type Feature = { name: string; appliesTo: (page: OverlayPage) => boolean; run: (page: OverlayPage) => Promise<unknown> | unknown };
