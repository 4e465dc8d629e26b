// The single source of every shape Ofsted Lens passes around: parsed reports and articles,
// findings, and (later) notes. Types are inferred from these schemas; every parser validates
// its output here before it leaves the core. zod/mini: the same checks as zod, a fraction of the
// bytes in the overlay that every recognised page loads.
import * as z from 'zod/mini';
import { GRADES_BEST_FIRST } from './vocabulary/grades';
import { JUDGEMENT_KEYS } from './vocabulary/judgements';

export const GradeSchema = z.enum(GRADES_BEST_FIRST);
export type Grade = z.infer<typeof GradeSchema>;

/** Ofsted's usual order, best first. */
export const GRADE_ORDER: readonly Grade[] = GradeSchema.options;

export const JudgementKeySchema = z.enum(JUDGEMENT_KEYS);
export type JudgementKey = z.infer<typeof JudgementKeySchema>;

export const GradesSchema = z.partialRecord(JudgementKeySchema, GradeSchema);
export type Grades = z.infer<typeof GradesSchema>;

export const DocumentKindSchema = z.enum([
  'ilacs',
  'sif',
  'focused-visit',
  'monitoring-visit',
  'jtai',
  'news',
]);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const FrameworkSchema = z.enum([
  'ilacs-2023', // children in care and care leavers judged apart
  'ilacs-2018', // one judgement for children in care and care leavers
  'sif-2014',
  'visit', // focused and monitoring visits, JTAI letters: no grades
]);
export type Framework = z.infer<typeof FrameworkSchema>;

const isoDate = z.iso.date();
const text = z.string().check(z.minLength(1));

export const InspectionDatesSchema = z
  .object({ start: isoDate, end: isoDate })
  .check(z.refine((d) => d.start <= d.end, { message: 'inspection start is after its end' }));
export type InspectionDates = z.infer<typeof InspectionDatesSchema>;

/** A sentence that points back to an earlier inspection. `year` is null for "the last inspection". */
export const PriorReferenceSchema = z.object({
  year: z.nullable(z.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
  sentence: text,
});
export type PriorReference = z.infer<typeof PriorReferenceSchema>;

export const FindingSchema = z.object({
  /** Stable within a document: `p<number>`. */
  id: z.string().check(z.regex(/^p\d+$/)),
  number: z.number().check(z.int(), z.positive()),
  /** The judgement heading the paragraph stands under; null in ungraded letters. */
  judgement: z.nullable(JudgementKeySchema),
  text,
  priorReferences: z.array(PriorReferenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const PolaritySchema = z.enum(['strength', 'concern']);
export type Polarity = z.infer<typeof PolaritySchema>;

/** A point a news article lists, with the judgement it was reported under, if any. */
export const NewsPointSchema = z.object({
  polarity: PolaritySchema,
  judgement: z.nullable(JudgementKeySchema),
  text,
});
export type NewsPoint = z.infer<typeof NewsPointSchema>;

const ReportFields = {
  authority: z.nullable(text),
  authorityKey: z.nullable(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  inspection: z.nullable(InspectionDatesSchema),
  grades: GradesSchema,
};

/**
 * Whether the report's grades were read: 'read', 'ungraded' for letters that carry no grade, and
 * 'unsure' when a graded report's judgement table could not be read (then no table grade is shown).
 */
export const GradesReadSchema = z.enum(['read', 'ungraded', 'unsure']);
export type GradesRead = z.infer<typeof GradesReadSchema>;

export const ReportSchema = z.object({
  kind: z.enum(['ilacs', 'sif', 'focused-visit', 'monitoring-visit', 'jtai']),
  framework: FrameworkSchema,
  ...ReportFields,
  gradesRead: GradesReadSchema,
  leadInspector: z.nullable(text),
  improvements: z.array(text),
  findings: z.array(FindingSchema),
});
export type Report = z.infer<typeof ReportSchema>;

/** A grade a news article says an earlier inspection gave, with the year it names (null: "previously rated good"). */
export const PriorGradeSchema = z.object({
  judgement: JudgementKeySchema,
  grade: GradeSchema,
  year: z.nullable(z.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
  sentence: text,
});
export type PriorGrade = z.infer<typeof PriorGradeSchema>;

/** What a news article reports: a graded inspection, or a visit (which carries no grade). */
export const NewsEventSchema = z.enum(['inspection', 'focused-visit', 'monitoring-visit', 'jtai']);
export type NewsEvent = z.infer<typeof NewsEventSchema>;

/** One authority in an article about several, with the grades the article gives it. */
export const RoundUpEntrySchema = z.object({
  authority: text,
  authorityKey: z.nullable(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  /** Its Ofsted URN, when the register of authorities knows it: its page is /provider/44/<urn>. */
  urn: z.nullable(z.string().check(z.regex(/^\d+$/))),
  grades: GradesSchema,
  reports: z.nullable(NewsEventSchema),
});
export type RoundUpEntry = z.infer<typeof RoundUpEntrySchema>;

/**
 * A news article, a council page or a committee paper about an inspection. A round-up (several
 * authorities with their grades or visits) has no authority and no grades of its own: `roundUp`
 * lists each. The fields after `priorReferences` default, so articles stored before them still read.
 */
export const NewsArticleSchema = z.object({
  kind: z.literal('news'),
  ...ReportFields,
  headline: z.nullable(text),
  points: z.array(NewsPointSchema),
  priorReferences: z.array(PriorReferenceSchema),
  reports: z._default(z.nullable(NewsEventSchema), null),
  priorGrades: z._default(z.array(PriorGradeSchema), []),
  /** An article about several authorities: it has no authority or grades of its own, only `roundUp`. */
  isRoundUp: z._default(z.boolean(), false),
  roundUp: z._default(z.array(RoundUpEntrySchema), []),
});
export type NewsArticle = z.infer<typeof NewsArticleSchema>;

export const ParsedDocumentSchema = z.discriminatedUnion('kind', [ReportSchema, NewsArticleSchema]);
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;

export const RelationSchema = z.enum(['improved', 'persisting', 'declined', 'sustained']);

/** What an earlier inspection said on the matter of a finding, and how things moved since. */
export const FindingLinkSchema = z.object({
  /** The earlier inspection: its ISO start date, or its year when only that is known. */
  inspection: text,
  source: text,
  text,
  sentence: text,
  relation: RelationSchema,
  score: z.number(),
  themes: z.array(text),
  terms: z.array(text),
  explicit: z.boolean(),
});
export type FindingLink = z.infer<typeof FindingLinkSchema>;
export type Relation = z.infer<typeof RelationSchema>;

/** What `npm run analyse` prints for each file: the parsed document, or kind null. */
export const AnalysisResultSchema = z.object({
  file: z.string(),
  kind: z.nullable(DocumentKindSchema),
  framework: z.nullable(FrameworkSchema),
  authority: z.nullable(z.string()),
  authorityKey: z.nullable(z.string()),
  inspection: z.nullable(InspectionDatesSchema),
  leadInspector: z.nullable(z.string()),
  grades: GradesSchema,
  improvements: z.array(z.string()),
  // `links` only with --prior.
  findings: z.array(z.extend(FindingSchema, { links: z.optional(z.array(FindingLinkSchema)) })),
  /** Whether a report's judgement table was read ('ungraded' for letters); null for news. */
  gradesRead: z.nullable(GradesReadSchema),
  headline: z.nullable(z.string()),
  points: z.array(NewsPointSchema),
  priorReferences: z.array(PriorReferenceSchema),
  // News only: what the article reports, the grades it gives earlier inspections, and a round-up's authorities.
  reports: z.nullable(NewsEventSchema),
  priorGrades: z.array(PriorGradeSchema),
  roundUp: z.array(RoundUpEntrySchema),
});
export type AnalysisResult = z.infer<typeof AnalysisResultSchema>;

/**
 * Where a stored document came from: Ofsted's report site, a report PDF from Ofsted's file hosts
 * (read in the reader or in the background), a file the reader chose, or any other site's page
 * (news, as far as Ofsted Lens is concerned). Only the first two are Ofsted's own word.
 */
export const ProvenanceSchema = z.enum(['ofsted-site', 'ofsted-pdf', 'user-file', 'news']);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A document Ofsted Lens has read, as the library keeps it. `source` is where it was read. */
export const InspectionRecordSchema = z.object({
  source: z.url(),
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

/** An inspection the library knows, placed before or after the one on the page. */
export const HistoryEntrySchema = z.object({
  label: text,
  source: z.url(),
  /** For a news page's report of an inspection, the site it was on; its grades are not the library's. */
  site: z.optional(text),
  kind: DocumentKindSchema,
  grades: GradesSchema,
  earlier: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What the library adds to a report: its findings' links, and the authority's other inspections. */
export const PriorContextSchema = z.object({
  links: z.array(z.tuple([z.string(), z.array(FindingLinkSchema)])),
  history: z.array(HistoryEntrySchema),
});
export type PriorContext = z.infer<typeof PriorContextSchema>;

export const NoteAnchorSchema = z.object({
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: text, prefix: z.string(), suffix: z.string() }),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.nonnegative()),
  }),
});
export type NoteAnchor = z.infer<typeof NoteAnchorSchema>;

export const NoteColourSchema = z.enum(['yellow', 'green', 'blue', 'pink']);

/** The document a note belongs to, and where in it, as far as Ofsted Lens read it. */
export const NoteContextSchema = z.object({
  authority: z.nullable(z.string()),
  authorityKey: z.nullable(z.string()),
  kind: z.nullable(DocumentKindSchema),
  inspection: z.nullable(InspectionDatesSchema),
  findingNumber: z.nullable(z.number().check(z.int(), z.positive())),
  judgement: z.nullable(JudgementKeySchema),
  grade: z.nullable(GradeSchema),
});
export type NoteContext = z.infer<typeof NoteContextSchema>;

export const NoteSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  url: z.url({ protocol: /^(?:https?|chrome-extension|moz-extension)$/ }),
  title: z.string().check(z.maxLength(1000)),
  quote: text.check(z.maxLength(20_000)),
  anchor: NoteAnchorSchema,
  context: NoteContextSchema,
  comment: z.string().check(z.maxLength(20_000)),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
  colour: NoteColourSchema,
  createdAt: z.number().check(z.int(), z.nonnegative()),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
  /** False when the note's text could not be found on its page the last time it was open. */
  found: z.boolean(),
});
export type Note = z.infer<typeof NoteSchema>;

/** A complete, versioned backup of the notes, as exported and imported. */
export const NotesBackupSchema = z.object({
  format: z.literal('ofsted-lens-notes'),
  version: z.literal(1),
  exportedAt: z.number(),
  notes: z.array(NoteSchema).check(z.maxLength(100_000)),
});
export type NotesBackup = z.infer<typeof NotesBackupSchema>;

/** Messages from content scripts and extension pages to the background. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  // The overlay read a document: keep it in the library.
  z.object({ type: z.literal('remember-document'), source: z.url(), document: ParsedDocumentSchema }),
  // The links and history for a report read from `source`.
  z.object({ type: z.literal('prior-context'), source: z.url(), report: ReportSchema }),
  // Open a report PDF in the reader, in a new tab.
  z.object({ type: z.literal('open-reader'), src: z.url() }),
  // A provider page lists these report PDFs: read the ones the library lacks (if the reader allows it).
  z.object({ type: z.literal('read-listed-reports'), sources: z.array(z.url()).check(z.maxLength(100)) }),
  // Notes: save one, those of a page, edit one, delete one.
  z.object({ type: z.literal('save-note'), note: NoteSchema }),
  z.object({ type: z.literal('notes-for-url'), url: z.url() }),
  z.object({
    type: z.literal('update-note'),
    id: z.string(),
    edit: z.object({ comment: z.optional(z.string()), tags: z.optional(z.array(z.string())), found: z.optional(z.boolean()) }),
  }),
  z.object({ type: z.literal('delete-note'), id: z.string() }),
  // What the library knows of an authority's inspections.
  z.object({ type: z.literal('inspections-for'), authorityKey: z.string().check(z.regex(/^[a-z0-9-]+$/)) }),
  // The content script recognised its page: inject the overlay into the sender's frame.
  z.object({ type: z.literal('show-overlay') }),
  // The reader asked from the popup: inject into that tab whatever it shows.
  z.object({ type: z.literal('show-overlay-on-tab'), tabId: z.number().check(z.int(), z.nonnegative()) }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** The background's request to the offscreen document, which runs pdf.js. */
export const OffscreenRequestSchema = z.object({ target: z.literal('offscreen'), type: z.literal('read-pdf'), src: z.url() });
export type OffscreenRequest = z.infer<typeof OffscreenRequestSchema>;

export const OffscreenReplySchema = z.object({ document: z.nullable(ParsedDocumentSchema), error: z.nullable(z.string()) });
export type OffscreenReply = z.infer<typeof OffscreenReplySchema>;

/** The background's answer to read-listed-reports. */
export const ReadListedReplySchema = z.object({ allowed: z.boolean(), queued: z.number() });
export type ReadListedReply = z.infer<typeof ReadListedReplySchema>;

/** The background's answer to a note write: the note as stored, or why it could not be stored. */
export const NoteWriteReplySchema = z.union([z.object({ saved: NoteSchema }), z.object({ error: z.string() })]);
export type NoteWriteReply = z.infer<typeof NoteWriteReplySchema>;

/** Messages from the background to a tab's overlay. */
export const TabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reading-progress'), done: z.number(), failed: z.number(), total: z.number() }),
  // The context menu or the keyboard shortcut: save the current selection as a note.
  z.object({ type: z.literal('save-selection') }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
