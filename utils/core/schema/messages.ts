// The messages between the extension's parts: content scripts and extension pages to the
// background, the background to the offscreen document and to tabs, and their replies.
// Every string and list a page's script could send is capped (caps.ts): more is refused unread.
import * as z from 'zod/mini';
import { CAPS } from './caps';
import { address, authorityKeyText, ParsedDocumentSchema, ReportSchema, upTo } from './domain';
import { EnglandScopeSchema, FetchFailureSchema } from './england-fetch';
import { NoteCommentSchema, NoteIdSchema, NoteSchema, NoteTagsSchema, PanelSideSchema } from './storage';

const shortText = z.string().check(z.maxLength(CAPS.name));
const ProviderEventSchema = z.object({
  date: z.nullable(shortText),
  dates: upTo(shortText, CAPS.listedReports),
  title: z.string().check(z.maxLength(CAPS.headline)),
  href: address,
});
export const ProviderPageSchema = z.object({ authority: z.nullable(shortText), authorityKey: z.nullable(shortText), events: upTo(ProviderEventSchema, CAPS.listedReports) });
const PageInputSchema = z.object({
  url: z.optional(z.string().check(z.maxLength(CAPS.address))),
  text: z.string().check(z.maxLength(CAPS.pageText)),
  title: z.optional(z.string().check(z.maxLength(CAPS.headline))),
});

/** The detection script's reading of its page (page-reading.ts), handed to the overlay. */
export const PageReadingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('provider'), page: ProviderPageSchema }),
  z.object({ kind: z.literal('document'), doc: ParsedDocumentSchema }),
  z.object({ kind: z.literal('news'), page: PageInputSchema }),
  z.object({ kind: z.literal('unrecognised'), reason: z.string().check(z.maxLength(CAPS.name)) }),
]);

/** What the overlay starts from: the detection script's reading and the panel's state, or nothing when the reader asked (the overlay reads the page). */
export const OverlayInputSchema = z.object({ reading: z.nullable(PageReadingSchema), collapsed: z.nullable(z.boolean()), side: z.optional(PanelSideSchema) });
export type OverlayInput = z.infer<typeof OverlayInputSchema>;

/** Messages from content scripts and extension pages to the background. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  // The overlay read a document: keep it in the library.
  z.object({ type: z.literal('remember-document'), source: address, document: ParsedDocumentSchema }),
  // The links and history for a report read from `source`.
  z.object({ type: z.literal('prior-context'), source: address, report: ReportSchema }),
  // Open a report PDF in the reader, in a new tab, at a finding's paragraph when given.
  z.object({ type: z.literal('open-reader'), src: address, paragraph: z.optional(z.number().check(z.int(), z.positive())) }),
  // Open the side-by-side page for a report and an earlier one, both held in the library, in a new tab.
  z.object({ type: z.literal('open-compare'), later: address, earlier: address }),
  // Open the scrutiny briefing on a report the library holds, or on an authority's latest report (from its Ofsted page), in a new tab.
  z.object({ type: z.literal('open-briefing'), report: address }),
  z.object({ type: z.literal('open-authority-briefing'), authorityKey: authorityKeyText }),
  // A provider page lists these report PDFs: read the ones the library lacks (if the reader allows it).
  z.object({ type: z.literal('read-listed-reports'), sources: upTo(address, 100) }),
  // Notes: save one, those of a page, edit one, delete one.
  z.object({ type: z.literal('save-note'), note: NoteSchema }),
  z.object({ type: z.literal('notes-for-url'), url: address }),
  z.object({
    type: z.literal('update-note'),
    id: NoteIdSchema,
    edit: z.object({ comment: z.optional(NoteCommentSchema), tags: z.optional(NoteTagsSchema), found: z.optional(z.boolean()) }),
  }),
  z.object({ type: z.literal('delete-note'), id: NoteIdSchema }),
  // Open a note in Ofsted Lens's own window to write its comment: keys typed on a web page reach the page.
  z.object({ type: z.literal('edit-note'), id: NoteIdSchema }),
  // What the library knows of an authority's inspections.
  z.object({ type: z.literal('inspections-for'), authorityKey: authorityKeyText }),
  // The content script recognised its page: inject the overlay into the sender's frame, handing it the reading.
  z.object({ type: z.literal('show-overlay'), input: OverlayInputSchema }),
  // The reader asked from the popup: inject into that tab whatever it shows.
  z.object({ type: z.literal('show-overlay-on-tab'), tabId: z.number().check(z.int(), z.nonnegative()) }),
  // The library page: start, pause or resume fetching England's reports, remove all they fetched, or
  // wake the background so that a run it was making goes on.
  z.object({ type: z.literal('england-fetch'), action: z.enum(['start', 'pause', 'resume', 'remove', 'wake']), scope: z.optional(EnglandScopeSchema) }),
  // The watch (utils/browser/extension/watch.ts): follow or unfollow an authority (with the report
  // files its page lists, when that page is on screen), whether one is followed, the popup showed
  // the new documents, read some into the library, read new ones as they are found or not.
  z.object({ type: z.literal('watch-follow'), authorityKey: authorityKeyText, follow: z.boolean(), listed: z.optional(upTo(address, CAPS.listedReports)) }),
  z.object({ type: z.literal('watch-status'), authorityKey: authorityKeyText }),
  z.object({ type: z.literal('watch-seen') }),
  z.object({ type: z.literal('watch-read'), sources: upTo(address, 100) }),
  z.object({ type: z.literal('watch-auto-read'), on: z.boolean() }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** The background's request to the offscreen document, which runs pdf.js. */
// `once`: fetched once, its failure answered (england-fetch.ts retries on its own schedule).
export const OffscreenRequestSchema = z.object({ target: z.literal('offscreen'), type: z.literal('read-pdf'), src: z.url(), once: z.optional(z.boolean()) });
export type OffscreenRequest = z.infer<typeof OffscreenRequestSchema>;

/** `failure`: when the PDF could not be fetched or opened, why. */
export const OffscreenReplySchema = z.object({ document: z.nullable(ParsedDocumentSchema), error: z.nullable(z.string()), failure: z.optional(z.nullable(FetchFailureSchema)) });

/** The background's answer to watch-status: whether the authority can be followed (the register knows its page) and is. */
export const WatchStatusReplySchema = z.object({ followable: z.boolean(), following: z.boolean() });
export type WatchStatusReply = z.infer<typeof WatchStatusReplySchema>;
export type OffscreenReply = z.infer<typeof OffscreenReplySchema>;

/** The background's request to the offscreen document to fetch an authority's page on reports.ofsted.gov.uk and read its list of reports. */
export const AuthorityPageRequestSchema = z.object({ target: z.literal('offscreen'), type: z.literal('read-authority-page'), url: z.url() });
export type AuthorityPageRequest = z.infer<typeof AuthorityPageRequestSchema>;

export const AuthorityPageReplySchema = z.object({ page: z.nullable(ProviderPageSchema), failure: z.nullable(FetchFailureSchema) });
export type AuthorityPageReply = z.infer<typeof AuthorityPageReplySchema>;

/** The background's answer to read-listed-reports. */
export const ReadListedReplySchema = z.object({ allowed: z.boolean(), queued: z.number() });
export type ReadListedReply = z.infer<typeof ReadListedReplySchema>;

/** The background's answer to a note write: the note as stored, or why it could not be stored. */
export const NoteWriteReplySchema = z.union([z.object({ saved: NoteSchema }), z.object({ error: z.string() })]);
export type NoteWriteReply = z.infer<typeof NoteWriteReplySchema>;

/** Messages from the background to a tab's overlay. */
export const TabMessageSchema = z.discriminatedUnion('type', [
  // The overlay, just injected: what to start from.
  z.object({ type: z.literal('overlay-input'), input: OverlayInputSchema }),
  z.object({ type: z.literal('reading-progress'), done: z.number(), failed: z.number(), total: z.number() }),
  // The context menu or the keyboard shortcut: save the current selection as a note.
  z.object({ type: z.literal('save-selection') }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
