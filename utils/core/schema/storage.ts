// What the library database keeps: each document read, with where it came from, and the reader's notes.
import { PANEL_SIDES, type PanelSide } from '../panel-side';
import * as z from 'zod/mini';
import { LIBRARY_LIMITS } from '../library-limits';
import { CAPS } from './caps';
import { address, DocumentKindSchema, GradeSchema, InspectionDatesSchema, isoDate, JudgementKeySchema, ParsedDocumentSchema, text } from './domain';

/**
 * Where a stored document came from: Ofsted's report site, a report PDF from Ofsted's file hosts
 * (read in the reader or in the background), a file the reader chose, or any other site's page
 * (news, as far as Ofsted Lens is concerned). Only the first two are Ofsted's own word.
 */
export const ProvenanceSchema = z.enum(['ofsted-site', 'ofsted-pdf', 'user-file', 'news']);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * A document Ofsted Lens has read, as the library keeps it: one record for each document, whatever
 * address it was read from (library-identity.ts). `source` is where the document kept was read.
 */
export const InspectionRecordSchema = z.object({
  /** What the document is (library-identity.ts): the same report read from anywhere has one. */
  identity: z.string().check(z.minLength(1)),
  source: address,
  /** Every address the document was read from, `source` first. */
  sources: z.array(address).check(z.minLength(1)),
  provenance: ProvenanceSchema,
  /** The host it was read from; '' for a file the reader chose. */
  site: z.string(),
  kind: DocumentKindSchema,
  authorityKey: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** ISO start date; '' when the document states none (an index cannot hold null). */
  start: z.union([isoDate, z.literal('')]),
  document: ParsedDocumentSchema,
  storedAt: z.number(),
});
export type InspectionRecord = z.infer<typeof InspectionRecordSchema>;

export const NoteAnchorSchema = z.object({
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: text,
    prefix: z.string().check(z.maxLength(CAPS.name)),
    suffix: z.string().check(z.maxLength(CAPS.name)),
  }),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.nonnegative()),
  }),
});
export type NoteAnchor = z.infer<typeof NoteAnchorSchema>;

/** The side of a web page the panel sits on, as the reader last chose; stored in the extension's local storage. */
export const PanelSideSchema = z.enum(PANEL_SIDES);
export type { PanelSide };

export const NoteColourSchema = z.enum(['yellow', 'green', 'blue', 'pink']);

/** The document a note belongs to, and where in it, as far as Ofsted Lens read it. */
export const NoteContextSchema = z.object({
  authority: z.nullable(z.string().check(z.maxLength(CAPS.name))),
  authorityKey: z.nullable(z.string().check(z.maxLength(CAPS.name))),
  kind: z.nullable(DocumentKindSchema),
  inspection: z.nullable(InspectionDatesSchema),
  findingNumber: z.nullable(z.number().check(z.int(), z.positive())),
  judgement: z.nullable(JudgementKeySchema),
  grade: z.nullable(GradeSchema),
});
export type NoteContext = z.infer<typeof NoteContextSchema>;

export const NoteIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));
export const NoteCommentSchema = z.string().check(z.maxLength(20_000));
export const NoteTagsSchema = z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50));

export const NoteSchema = z.object({
  id: NoteIdSchema,
  url: z.url({ protocol: /^(?:https?|chrome-extension|moz-extension)$/ }).check(z.maxLength(CAPS.address)),
  title: z.string().check(z.maxLength(1000)),
  quote: text.check(z.maxLength(20_000)),
  anchor: NoteAnchorSchema,
  context: NoteContextSchema,
  comment: NoteCommentSchema,
  tags: NoteTagsSchema,
  colour: NoteColourSchema,
  createdAt: z.number().check(z.int(), z.nonnegative()),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
  /** False when the note's text could not be found on its page the last time it was open. */
  found: z.boolean(),
});
export type Note = z.infer<typeof NoteSchema>;

/**
 * What the background keeps in the session's storage of the new records each site added in the
 * last minute (library-limits.ts): when each was added, by site.
 */
export const RecentRecordsSchema = z.record(z.string().check(z.maxLength(CAPS.address)), z.array(z.number()).check(z.maxLength(LIBRARY_LIMITS.newRecordsPerMinute)));
export type RecentRecords = z.infer<typeof RecentRecordsSchema>;
