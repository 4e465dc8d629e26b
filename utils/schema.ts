// The single source of every shape Ofsted Lens passes around: parsed reports and articles,
// findings, and (later) notes. Types are inferred from these schemas; every parser validates
// its output here before it leaves the core.
import { z } from 'zod';

export const GradeSchema = z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate']);
export type Grade = z.infer<typeof GradeSchema>;

/** Ofsted's usual order, best first. */
export const GRADE_ORDER: readonly Grade[] = GradeSchema.options;

export const JudgementKeySchema = z.enum([
  'overall',
  'leaders',
  'helpAndProtection',
  // ILACS from January 2023: children in care and care leavers judged apart.
  'inCare',
  'careLeavers',
  // ILACS 2018–2022: one judgement for both.
  'inCareAndCareLeavers',
  // Single inspection framework, 2014–2017.
  'lookedAfter',
  'adoption',
  'lscb',
]);
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

export const InspectionDatesSchema = z
  .object({ start: isoDate, end: isoDate })
  .refine((d) => d.start <= d.end, { message: 'inspection start is after its end' });
export type InspectionDates = z.infer<typeof InspectionDatesSchema>;

/** A sentence that points back to an earlier inspection. `year` is null for "the last inspection". */
export const PriorReferenceSchema = z.object({
  year: z.number().int().min(2000).max(2100).nullable(),
  sentence: z.string().min(1),
});
export type PriorReference = z.infer<typeof PriorReferenceSchema>;

export const FindingSchema = z.object({
  /** Stable within a document: `p<number>`. */
  id: z.string().regex(/^p\d+$/),
  number: z.number().int().positive(),
  /** The judgement heading the paragraph stands under; null in ungraded letters. */
  judgement: JudgementKeySchema.nullable(),
  text: z.string().min(1),
  priorReferences: z.array(PriorReferenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const PolaritySchema = z.enum(['strength', 'concern']);
export type Polarity = z.infer<typeof PolaritySchema>;

/** A point a news article lists, with the judgement it was reported under, if any. */
export const NewsPointSchema = z.object({
  polarity: PolaritySchema,
  judgement: JudgementKeySchema.nullable(),
  text: z.string().min(1),
});
export type NewsPoint = z.infer<typeof NewsPointSchema>;

const ReportFields = {
  authority: z.string().min(1).nullable(),
  authorityKey: z.string().regex(/^[a-z0-9-]+$/).nullable(),
  inspection: InspectionDatesSchema.nullable(),
  grades: GradesSchema,
};

export const ReportSchema = z.object({
  kind: z.enum(['ilacs', 'sif', 'focused-visit', 'monitoring-visit', 'jtai']),
  framework: FrameworkSchema,
  ...ReportFields,
  leadInspector: z.string().min(1).nullable(),
  improvements: z.array(z.string().min(1)),
  findings: z.array(FindingSchema),
});
export type Report = z.infer<typeof ReportSchema>;

export const NewsArticleSchema = z.object({
  kind: z.literal('news'),
  ...ReportFields,
  headline: z.string().min(1).nullable(),
  points: z.array(NewsPointSchema),
  priorReferences: z.array(PriorReferenceSchema),
});
export type NewsArticle = z.infer<typeof NewsArticleSchema>;

export const ParsedDocumentSchema = z.discriminatedUnion('kind', [ReportSchema, NewsArticleSchema]);
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;

/** What `npm run analyse` prints for each file: the parsed document, or kind null. */
export const AnalysisResultSchema = z.object({
  file: z.string(),
  kind: DocumentKindSchema.nullable(),
  framework: FrameworkSchema.nullable(),
  authority: z.string().nullable(),
  authorityKey: z.string().nullable(),
  inspection: InspectionDatesSchema.nullable(),
  leadInspector: z.string().nullable(),
  grades: GradesSchema,
  improvements: z.array(z.string()),
  findings: z.array(FindingSchema),
  headline: z.string().nullable(),
  points: z.array(NewsPointSchema),
  priorReferences: z.array(PriorReferenceSchema),
});
export type AnalysisResult = z.infer<typeof AnalysisResultSchema>;

/** Messages from content scripts and extension pages to the background. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  // The content script recognised its page: inject the overlay into the sender's frame.
  z.object({ type: z.literal('show-overlay') }),
  // The reader asked from the popup: inject into that tab whatever it shows.
  z.object({ type: z.literal('show-overlay-on-tab'), tabId: z.number().int().nonnegative() }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
