// On Ofsted's own pages (an authority's page, a report page): Follow in the panel's top, for the
// watch's daily look at the authority's page (utils/browser/extension/watch.ts). On the
// authority's page its listed reports go with the follow, so only documents listed later are new.
import { WatchStatusReplySchema, type BackgroundMessage } from '../../core/schema/messages';
import { isOfstedReportSite } from '../../core/sites';
import { sendFromThisDocument } from '../extension/document-address';
import type { LivePanel } from '../page/live-panel';
import type { Feature, OverlayPage } from './overlay-page';

const authorityOf = (page: OverlayPage) => (page.kind === 'provider' ? page.page.authorityKey : page.doc.authorityKey);

async function offerFollow(authorityKey: string, listed: string[] | undefined, panel: LivePanel): Promise<void> {
  const ask: BackgroundMessage = { type: 'watch-status', authorityKey };
  const status = WatchStatusReplySchema.safeParse(await sendFromThisDocument(ask));
  if (!status.success || !status.data.followable) return;
  let following = status.data.following;
  const draw = () =>
    panel.setFollow({
      authority: panel.latest().authority ?? 'this authority',
      following,
      onToggle: () => {
        const message: BackgroundMessage = { type: 'watch-follow', authorityKey, follow: !following, ...(listed && !following && { listed }) };
        void sendFromThisDocument(message).then((reply) => {
          if (reply && typeof reply === 'object' && 'refused' in reply) return;
          following = !following;
          draw();
        }, () => undefined);
      },
    });
  draw();
}

export const followAuthority: Feature = {
  name: 'follow the authority',
  appliesTo: (page) => isOfstedReportSite(page.url) && authorityOf(page) !== null && !(page.kind === 'document' && page.doc.kind === 'news'),
  run: (page) => {
    const key = authorityOf(page);
    const listed = page.kind === 'provider' ? page.page.events.map((e) => e.href) : undefined;
    return key && offerFollow(key, listed, page.panel);
  },
};
