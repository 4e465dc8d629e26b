// What the watch on followed authorities keeps in the extension's local storage: who is followed,
// what their pages listed when last looked at, what is new since, and the reader's choices.
// Read back through this schema, so a damaged or older value is taken as nothing followed.
import * as z from 'zod/mini';
import { CAPS } from './caps';
import { address, authorityKeyText, upTo } from './domain';

const name = z.string().check(z.maxLength(CAPS.name));
const when = z.string().check(z.maxLength(40));

export const FollowedAuthoritySchema = z.object({
  authorityKey: authorityKeyText,
  name,
  /** The authority's page on reports.ofsted.gov.uk, from the register. */
  page: address,
  followedAt: when,
  /** The report files its page listed when last looked at; null until the first look. */
  listed: z.nullable(upTo(address, CAPS.listedReports)),
});
export type FollowedAuthority = z.infer<typeof FollowedAuthoritySchema>;

/** Where a new document stands: not yet read, being read, read into the library, or its reading failed. */
export const NewDocumentStateSchema = z.enum(['new', 'reading', 'read', 'failed']);

export const NewDocumentSchema = z.object({
  authorityKey: authorityKeyText,
  authority: name,
  src: address,
  title: z.string().check(z.maxLength(CAPS.headline)),
  /** The dates its entry on the page names (the inspection's or visit's first day, then publication), as ISO dates. */
  dates: upTo(z.string().check(z.maxLength(10)), 10),
  foundAt: when,
  /** Shown in the popup's list: no longer counted on the toolbar badge. */
  seen: z.boolean(),
  state: NewDocumentStateSchema,
  failure: z.nullable(z.string().check(z.maxLength(CAPS.headline))),
});
export type NewDocument = z.infer<typeof NewDocumentSchema>;

/** A daily check's outcome: when it ran, and each authority whose page could not be read, with why. */
export const WatchCheckSchema = z.object({
  at: when,
  failures: upTo(z.object({ authority: name, message: z.string().check(z.maxLength(CAPS.headline)) }), 200),
});
export type WatchCheck = z.infer<typeof WatchCheckSchema>;

export const WatchStateSchema = z.object({
  followed: upTo(FollowedAuthoritySchema, 200),
  news: upTo(NewDocumentSchema, CAPS.listedReports),
  /** Read new documents into the library as soon as they are found. */
  autoRead: z.boolean(),
  lastCheck: z.nullable(WatchCheckSchema),
});
export type WatchState = z.infer<typeof WatchStateSchema>;

export const EMPTY_WATCH: WatchState = { followed: [], news: [], autoRead: false, lastCheck: null };
