// A news article about a children's services inspection yields what it states and no more:
// the authority, the grades it states, the strengths and concerns it lists, and the earlier
// inspections it mentions.
import { authorityKey } from '../authority';
import { parseInspectionDates } from '../dates';
import { isConcern } from '../polarity';
import { findPriorReferences, splitSentences } from '../prior-references';
import { BULLET_ITEM } from '../report/bullets';
import { textToBlocks } from '../report/text-blocks';
import { NewsArticleSchema, type Grades, type JudgementKey, type NewsArticle, type NewsPoint } from '../schema';
import { findNewsAuthority } from './news-authority';
import { gradeStatementsIn, judgementNamedIn } from './news-grades';

const BULLET = BULLET_ITEM;
const END_OF_ARTICLE = /^(?:Read (?:Full Story|more)|Related (?:news|articles|stories|content)|More (?:news|stories)|Latest news|Share (?:this|on)|Tags?:|Knowledge & Resources|You might also like|Keep abreast)/i;
const STRENGTH_INTRO = /\b(?:noted|recognised|recognized|highlights?|highlighted|found|praised|strengths?|positives?|include[sd]?|said|observed)\b[^:]*:$/i;
const CONCERN_INTRO = /\b(?:concerns?|weakness(?:es)?|criticis\w+|improve\w*|needs?|however|areas? for|shortcomings)\b[^:]*:$/i;
const OFSTED_OR_OUTCOME = /\bOfsted\b|\b(?:rated|rates|judged|inspect\w*|visits?)\b/i;

function findHeadline(blocks: string[], title: string | undefined): { headline: string | null; start: number } {
  if (title?.trim()) {
    // A page title often adds the site's name: "Ofsted rates Portsmouth 'good' | Children First".
    const at = blocks.findIndex((b) => title.startsWith(b) && b.length > 10);
    return { headline: title.trim(), start: Math.max(0, at) };
  }
  const at = blocks.findIndex((b) => b.length <= 160 && !/[.!?:]$/.test(b) && OFSTED_OR_OUTCOME.test(b));
  return at === -1 ? { headline: null, start: 0 } : { headline: blocks[at]!, start: at };
}

function articleBlocks(blocks: string[], start: number): string[] {
  const rest = blocks.slice(start);
  const end = rest.findIndex((b, i) => i > 0 && END_OF_ARTICLE.test(b));
  return end === -1 ? rest : rest.slice(0, end);
}

export function parseNews(text: string, title?: string): NewsArticle {
  const blocks = textToBlocks(text);
  const { headline, start } = findHeadline(blocks, title);
  const article = articleBlocks(blocks, start);
  const body = article.join('\n');

  const grades: Grades = {};
  const points: NewsPoint[] = [];
  let judgement: JudgementKey | null = null;
  let intro: 'strength' | 'concern' | null = null;

  for (const block of article) {
    const bullet = BULLET.exec(block)?.[1];
    if (bullet) {
      const polarity = intro ?? (isConcern(bullet) ? 'concern' : 'strength');
      points.push({ polarity, judgement, text: bullet });
      continue;
    }
    intro = CONCERN_INTRO.test(block) ? 'concern' : STRENGTH_INTRO.test(block) ? 'strength' : null;
    for (const sentence of splitSentences(block)) {
      const statements = gradeStatementsIn(sentence);
      for (const s of statements) grades[s.judgement] ??= s.grade;
      const named = statements.find((s) => s.judgement !== 'overall')?.judgement ?? judgementNamedIn(sentence);
      if (statements.length > 0 && named) judgement = named;
      if (statements.length === 0 && isConcern(sentence)) points.push({ polarity: 'concern', judgement, text: sentence });
    }
  }

  const named = findNewsAuthority(headline, body);
  const authority = named && authorityKey(named) ? named : null;
  const datedSentence = splitSentences(body).find((s) => /\binspect/i.test(s) && parseInspectionDates(s) !== null);
  return NewsArticleSchema.parse({
    kind: 'news',
    authority,
    authorityKey: authority ? authorityKey(authority) : null,
    inspection: datedSentence ? parseInspectionDates(datedSentence) : null,
    grades,
    headline,
    points,
    priorReferences: findPriorReferences(body),
  });
}
