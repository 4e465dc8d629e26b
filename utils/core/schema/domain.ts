// What Ofsted Lens reads and works out: grades and judgements, parsed reports and articles, their
// findings, the links between inspections. Types are inferred from these schemas; every parser
// validates its output here before it leaves the core. zod/mini: the same checks as zod, a fraction
// of the bytes in the overlay that every recognised page loads.
import * as z from 'zod/mini';
import { GRADES_BEST_FIRST } from '../vocabulary/grades';
import { JUDGEMENT_KEYS } from '../vocabulary/judgements';
import { CAPS } from './caps';

export const GradeSchema = z.enum(GRADES_BEST_FIRST);
export type Grade = z.infer<typeof GradeSchema>;


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

/** Building blocks the other schema files share, each capped (caps.ts): a paragraph's text at most, a name, an address. */
export const isoDate = z.iso.date();
export const text = z.string().check(z.minLength(1), z.maxLength(CAPS.paragraph));
export const name = z.string().check(z.minLength(1), z.maxLength(CAPS.name));
export const authorityKeyText = z.string().check(z.maxLength(CAPS.name), z.regex(/^[a-z0-9-]+$/));
export const address = z.url().check(z.maxLength(CAPS.address));
/** At most `max` of `item`. */
export const upTo = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** The characters of every string in a value. */
function charactersIn(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + charactersIn(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + charactersIn(item), 0);
  return 0;
}
/** A document's text as a whole, whatever field holds it. */
const withinDocumentText = z.refine((doc: unknown) => charactersIn(doc) <= CAPS.documentText, { message: `a document holds at most ${CAPS.documentText} characters` });

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
  priorReferences: upTo(PriorReferenceSchema, CAPS.priorReferences),
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
  authority: z.nullable(name),
  authorityKey: z.nullable(authorityKeyText),
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
  leadInspector: z.nullable(name),
  improvements: upTo(text, CAPS.improvements),
  findings: upTo(FindingSchema, CAPS.findings),
}).check(withinDocumentText);
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
  authority: name,
  authorityKey: z.nullable(authorityKeyText),
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
  headline: z.nullable(text.check(z.maxLength(CAPS.headline))),
  points: upTo(NewsPointSchema, CAPS.points),
  priorReferences: upTo(PriorReferenceSchema, CAPS.priorReferences),
  reports: z._default(z.nullable(NewsEventSchema), null),
  priorGrades: z._default(upTo(PriorGradeSchema, CAPS.priorGrades), []),
  /** An article about several authorities: it has no authority or grades of its own, only `roundUp`. */
  isRoundUp: z._default(z.boolean(), false),
  roundUp: z._default(upTo(RoundUpEntrySchema, CAPS.roundUp), []),
}).check(withinDocumentText);
export type NewsArticle = z.infer<typeof NewsArticleSchema>;

export const ParsedDocumentSchema = z.discriminatedUnion('kind', [ReportSchema, NewsArticleSchema]);
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;

export const RelationSchema = z.enum(['improved', 'persisting', 'declined', 'sustained']);

/**
 * What an earlier inspection said on the matter of a finding, and how things moved since: the
 * earlier sentence and where it stands, never its whole paragraph (the library answers with these).
 */
export const FindingLinkSchema = z.object({
  /** The earlier inspection: its ISO start date, or its year when only that is known. */
  inspection: name,
  /** The earlier inspection's year, when known. */
  year: z.nullable(z.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
  source: text,
  /** The earlier paragraph's number in its report; null for a news article's point. */
  number: z.nullable(z.number().check(z.int(), z.positive())),
  /** The earlier sentence on the matter. */
  sentence: text.check(z.maxLength(CAPS.linkedSentence)),
  /** The sentence of this finding the link belongs to (where its marker sits). */
  at: text,
  /** What the two speak of, in words a reader uses ("return home interviews"). */
  matter: name,
  relation: RelationSchema,
  score: z.number(),
  themes: upTo(name, CAPS.linkTerms),
  terms: upTo(name, CAPS.linkTerms),
  /** The finding itself names the earlier inspection ("since the last inspection"). */
  explicit: z.boolean(),
});
export type FindingLink = z.infer<typeof FindingLinkSchema>;
export type Relation = z.infer<typeof RelationSchema>;

/** What `npm run analyse` prints for each file: the parsed document, or kind null. */
export const AnalysisResultSchema = z.object({
  file: z.string(),
  kind: z.nullable(DocumentKindSchema),
  /** With kind null: why, for a document Ofsted Lens knows is Ofsted's ("Ofsted Lens could not tell what kind of Ofsted document this is."); null otherwise. */
  reason: z.nullable(z.string().check(z.maxLength(CAPS.name))),
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

/** An inspection the library knows, placed before or after the one on the page. */
export const HistoryEntrySchema = z.object({
  label: text.check(z.maxLength(CAPS.name + CAPS.address)),
  source: address,
  /** For a news page's report of an inspection, the site it was on; its grades are not the library's. */
  site: z.optional(name),
  kind: DocumentKindSchema,
  grades: GradesSchema,
  earlier: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What the library adds to a report: its findings' links, and the authority's other inspections. Bounded (caps.ts): a page receives it. */
export const PriorContextSchema = z.object({
  links: upTo(z.tuple([z.string().check(z.maxLength(CAPS.name)), upTo(FindingLinkSchema, CAPS.linksPerFinding)]), CAPS.findings),
  history: upTo(HistoryEntrySchema, CAPS.history),
});
export type PriorContext = z.infer<typeof PriorContextSchema>;
