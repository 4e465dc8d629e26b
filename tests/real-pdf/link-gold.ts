// Scoring the linker against the hand-labelled pairs in prior-links/: each label names a later
// paragraph, the earlier paragraphs on the same matter (any of them is right), the relation, and
// whether the later report itself refers back. Labels were made by reading both reports, never
// from the linker's output.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import type { FindingLink, Relation, Report } from '../../utils/core/schema/domain';
import { RelationSchema } from '../../utils/core/schema/domain';

const GoldLinkSchema = z.object({
  later: z.number().check(z.int(), z.positive()),
  earlier: z.array(z.number().check(z.int(), z.positive())),
  relation: RelationSchema,
  explicit: z.boolean(),
  matter: z.string().check(z.minLength(1)),
});
export type GoldLink = z.infer<typeof GoldLinkSchema>;

const GoldPairSchema = z.object({
  earlier: z.string().check(z.regex(/^inspection\/.+\.pdf$/)),
  later: z.string().check(z.regex(/^inspection\/.+\.pdf$/)),
  links: z.array(GoldLinkSchema),
});
/**
 * A link the linker made (under any of the settings tried) that no label backs, judged afterwards
 * by a reader who saw only the two paragraphs: on the same matter or not, and if so the relation.
 * The labels are the linker-blind truth for recall; these complete it for precision (pooling).
 */
const ReviewedLinkSchema = z.object({
  pair: z.string(),
  later: z.number().check(z.int(), z.positive()),
  earlier: z.number().check(z.int(), z.positive()),
  sameMatter: z.boolean(),
  relation: z.nullable(RelationSchema),
  matter: z.string(),
});
export type ReviewedLink = z.infer<typeof ReviewedLinkSchema>;

export type GoldPair = z.infer<typeof GoldPairSchema> & { name: string; reviewed: ReviewedLink[] };

export const GOLD_DIR = resolve(import.meta.dirname, 'prior-links');

const REVIEWED_DIR = resolve(GOLD_DIR, 'reviewed');

function reviewedLinks(): ReviewedLink[] {
  return readdirSync(REVIEWED_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => z.array(ReviewedLinkSchema).parse(JSON.parse(readFileSync(resolve(REVIEWED_DIR, f), 'utf8'))));
}

export function goldPairs(): GoldPair[] {
  const reviewed = reviewedLinks();
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      return { name, ...GoldPairSchema.parse(JSON.parse(readFileSync(resolve(GOLD_DIR, f), 'utf8'))), reviewed: reviewed.filter((r) => r.pair === name) };
    });
}

/** One link the linker made, by paragraph numbers. */
export type MadeLink = { later: number; earlier: number | null; relation: Relation; explicit: boolean; at?: string };

export function madeLinks(report: Report, links: ReadonlyMap<string, FindingLink[]>): MadeLink[] {
  return report.findings.flatMap((f) =>
    (links.get(f.id) ?? []).map((l) => ({ later: f.number, earlier: l.number, relation: l.relation, explicit: l.explicit, at: l.at })),
  );
}

export type Verdict = { made: MadeLink; right: boolean; relationRight: boolean; unjudged: boolean };

/**
 * Each made link judged: right when a label has its later paragraph and lists its earlier one, or a
 * review found the two on the same matter; a link neither a label nor a review speaks to counts
 * as wrong (and is counted as unjudged, to be reviewed).
 */
export function judge(gold: readonly GoldLink[], made: readonly MadeLink[], reviewed: readonly ReviewedLink[] = []): Verdict[] {
  return made.map((m) => {
    const labels = gold.filter((g) => g.later === m.later && m.earlier !== null && g.earlier.includes(m.earlier));
    const review = reviewed.find((r) => r.later === m.later && r.earlier === m.earlier);
    const relations = [...labels.map((g) => g.relation), ...(review?.sameMatter ? [review.relation] : [])];
    return { made: m, right: relations.length > 0, relationRight: relations.includes(m.relation), unjudged: labels.length === 0 && !review };
  });
}

/** The labels a made link found (same later paragraph, an earlier one the label lists). */
export function found(label: GoldLink, made: readonly MadeLink[]): MadeLink | undefined {
  return made.find((m) => m.later === label.later && m.earlier !== null && label.earlier.includes(m.earlier));
}

export type Score = { made: number; right: number; unjudged: number; precision: number; relationPrecision: number; explicitLabels: number; explicitFound: number; explicitRecall: number; labels: number; labelsFound: number; recall: number; perRelation: Record<Relation, { made: number; right: number; labels: number; found: number }> };

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(pairs: ReadonlyArray<{ gold: readonly GoldLink[]; made: readonly MadeLink[]; reviewed?: readonly ReviewedLink[] }>): Score {
  const perRelation = Object.fromEntries(RelationSchema.options.map((r) => [r, { made: 0, right: 0, labels: 0, found: 0 }])) as Score['perRelation'];
  let [made, right, relationRight, unjudged, explicitLabels, explicitFound, labels, labelsFound] = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const pair of pairs) {
    for (const v of judge(pair.gold, pair.made, pair.reviewed)) {
      made++;
      if (v.unjudged) unjudged++;
      if (v.right) right++;
      if (v.relationRight) relationRight++;
      perRelation[v.made.relation].made++;
      if (v.relationRight) perRelation[v.made.relation].right++;
    }
    for (const label of pair.gold.filter((g) => g.earlier.length > 0)) {
      const hit = found(label, pair.made);
      labels++;
      perRelation[label.relation].labels++;
      if (hit) labelsFound++;
      if (hit?.relation === label.relation) perRelation[label.relation].found++;
      if (label.explicit) {
        explicitLabels++;
        if (hit) explicitFound++;
      }
    }
  }
  return {
    made, right, unjudged, precision: ratio(right, made), relationPrecision: ratio(relationRight, made),
    explicitLabels, explicitFound, explicitRecall: ratio(explicitFound, explicitLabels),
    labels, labelsFound, recall: ratio(labelsFound, labels), perRelation,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function scoreTable(s: Score): string {
  const rows = RelationSchema.options.map((r) => {
    const p = s.perRelation[r];
    return `| ${r} | ${p.made} | ${pct(ratio(p.right, p.made))} | ${p.labels} | ${pct(ratio(p.found, p.labels))} |`;
  });
  return [
    `links made ${s.made} (${s.unjudged} unjudged, counted wrong), right ${s.right}: precision ${pct(s.precision)} (with the right relation ${pct(s.relationPrecision)})`,
    `explicit labels ${s.explicitLabels}, found ${s.explicitFound}: recall ${pct(s.explicitRecall)}; all labels ${s.labels}, found ${s.labelsFound}: recall ${pct(s.recall)}`,
    '| relation | made | precision | labels | recall |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
