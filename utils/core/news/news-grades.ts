// What grades a news article states, sentence by sentence, and whether each is the grade of the
// inspection it reports or of an earlier one. An article that states no grade yields none: every
// pattern needs a grade word bound to a judgement, to a rating verb or to a rating noun. A grade in a
// clause about the past ("was rated requires improvement in 2015", "previously", "at its last
// inspection", "up from") is a prior grade with its year, never a current one; a grade in a clause
// about other councils ("only 46 councils are rated good"), about hopes ("we want to be outstanding")
// or under a negation is neither.
import { anyCase, GRADE_PATTERN, gradeFromWords } from '../vocabulary/grades';
import { judgementOfPhrase, NEWS_PHRASES } from '../vocabulary/judgement-wordings';
import type { Grade, JudgementKey } from '../schema/domain';
import { firstWhere } from '../sorted';
import { allMatches, eachMatch } from '../text/all-matches';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASES = NEWS_PHRASES.map(([p]) => escape(p).replace(/'/g, "['’]")).join('|');
// The press's "requiring improvement" ("rated as requiring improvement") is Ofsted's "requires improvement".
const NEWS_GRADE_PATTERN = `requiring improvement|${GRADE_PATTERN}`;
const gradeOfWords = (words: string) => gradeFromWords(words.replace(/requiring(?=\s+improvement)/i, 'requires'));
/** Grade words in any case ("rated Outstanding", "an ‘Inadequate’ rating"). */
const ANY_CASE_GRADE = anyCase(NEWS_GRADE_PATTERN);
/** Every pattern below needs a grade's words: a sentence without any is passed at once. */
const ANY_GRADE = new RegExp(ANY_CASE_GRADE);
const OPEN_QUOTE = `['‘"“]?`;
const CLOSE_QUOTE = `['’"”]?`;
// A grade word, unless it is an adjective on something else ("good progress", "outstanding features").
const NOT_A_RATING = String.raw`(?!\s+(?:enough|progress|practice|quality|relationships|examples|use|support|work|features?|elements?|aspects?|news|start|understanding|range|level|or\s|and\s+(?:outstanding|good|inadequate|requires?)))`;
const GRADE = String.raw`${OPEN_QUOTE}(${ANY_CASE_GRADE})\b${CLOSE_QUOTE}${NOT_A_RATING}`;
// "is good", "was rated inadequate", "were judged to require improvement", "was also found to require improvement"
const LINK = String.raw`(?:(?:is|are|was|were|remains?)(?:\s+(?:now|also|still|again))*|(?:has|have|had)(?:\s+(?:now|also|still|again))*\s+been(?:\s+(?:now|also|still|again))*)(?:\s+(?:rated|judged|graded|found|praised))?(?:\s+(?:as|to be|to|being))?`;
const SUBJECT_WORDS = String.raw`(?:(?:[A-Z][\w'’&-]*|the|its|their|council(?:['’]s)?|authority(?:['’]s)?|local authority(?:['’]s)?|overall|service|services|department|children['’]s services|it|them|and|of|upon|on|by)\s+){0,6}`;
const RATING_NOUN = String.raw`(?:rating|grade|grading|judgement|judgment|verdict)s?`;

// What an article may put before a judgement's name: "the experiences and progress of", "the experience of", "support for", "services for".
const DESCRIBED = String.raw`(?:(?:(?:experiences?|progress|outcomes|support|services|provision|work|help)(?:\s+and\s+progress)?\s+(?:of|for|with|to)|care(?=\s+looked\s+after))\s+)?`;
// "in the domain of help and protection", "in the areas of leadership and …".
const AREA_OF = String.raw`(?:(?:domains?|areas?)\s+of\s+(?:the\s+)?)?`;
const JUDGEMENT_NAMED = new RegExp(String.raw`\b(${PHRASES})\b`, 'i');
const AND_A_PHRASE = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+|for\s+)?(?:the\s+)?${DESCRIBED}`;
// More judgements joined by "and", taken whole (a lookahead's capture, matched again) and never given
// back one at a time: a name that holds "and" ("children in care and care leavers") reads as one
// judgement or two, and giving a long list back each way takes exponential time. What follows the
// list cannot start with "and", so a shorter list never matches where the whole one does not.
const MORE_PHRASES = String.raw`(?=(?<list>(?:${AND_A_PHRASE}(?:${PHRASES})\b)*))\k<list>`;
// A judgement listed after another is read from the first of the list, once: read again from each
// judgement of a long list, the list takes quadratic time.
const NOT_LISTED_AFTER = String.raw`(?<!\b(?:${PHRASES})\b${AND_A_PHRASE})`;
const NO_NEW_CLAUSE = String.raw`(?:(?!\s(?:and|but|while|whereas|although)\s)[^.;:,])`;

/** Either case for a word's first letter, for regexes that keep [A-Z] for names: "Rated" in a title-case headline. */
const firstAnyCase = (words: string) => words.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

// `grade`: the groups that may hold the grade words; `phrase`: the group holding the judgement's name, if the pattern names one.
type Pattern = { regex: RegExp; grade: readonly number[]; phrase?: number; time?: 'prior'; judgement?: JudgementKey };

const PATTERNS: readonly Pattern[] = [
  // "help and protection was rated inadequate", "the experiences and progress of children in care is good"
  // (Between the judgement and its verb, more judgements joined by "and", or a few words that start no other clause.)
  {
    regex: new RegExp(String.raw`${NOT_LISTED_AFTER}\b(${PHRASES})\b${MORE_PHRASES}${NO_NEW_CLAUSE}{0,40}?\s${LINK}\s+${GRADE}`, 'gid'),
    phrase: 1,
    grade: [3],
  },
  // "services for care leavers require improvement": the grade's own words as the verb.
  {
    regex: new RegExp(String.raw`${NOT_LISTED_AFTER}\b(${PHRASES})\b${MORE_PHRASES}\s+(?:(?:still|also|now)\s+)?(requires?\s+improvement)\b`, 'gid'),
    phrase: 1,
    grade: [3],
  },
  // "the adoption element of the service was singled out for praise and rated as good": one subject, two verbs.
  {
    regex: new RegExp(String.raw`\b(${PHRASES})\b(?:(?!\s(?:but|while|whereas|although|which|who)\s)[^.;:,]){0,80}?\s(?:was|were|is|are|has\s+been|have\s+been)\s(?:(?!\s(?:but|while|whereas|although|which|who)\s)[^.;:,]){0,80}?\sand\s+(?:rated|judged|graded)\s+(?:as\s+)?${GRADE}`, 'gid'),
    phrase: 1,
    grade: [2],
  },
  // "rated inadequate for help and protection", "'outstanding' for adoption performance", "an 'inadequate' rating for help and protection"
  {
    regex: new RegExp(String.raw`(?:\b(?:rated|judged|graded|found|deemed|as)\s+(?:as\s+|to\s+be\s+)?${GRADE}|['‘"“](${ANY_CASE_GRADE})['’"”]|${GRADE}\s+${RATING_NOUN}(?:\s+(?:was|were)\s+(?:received|given|awarded|achieved))?)\s+(?:for|in)\s+(?:the\s+|its\s+|their\s+)?${AREA_OF}${DESCRIBED}(${PHRASES})\b`, 'gid'),
    grade: [1, 2, 3],
    phrase: 4,
  },
  // A list's "judgement Grade" pairs, the grade capitalised as a table writes it: "children in need of help and protection Requires Improvement to be Good;"
  { regex: new RegExp(String.raw`\b(${PHRASES})\s*(?:[:–—]\s*|\s-\s)?['‘"“]?(Requires?\s+[Ii]mprovement(?:\s+[Tt]o\s+[Bb]e\s+[Gg]ood)?|Outstanding|Good|Inadequate|OUTSTANDING|GOOD|INADEQUATE)\b(?=['’"”]?\s*(?:[;.,]|$|and\b))`, 'gd'), phrase: 1, grade: [2] },
  // "child protection has been judged inadequate", "an 'inadequate' child protection rating": the words
  // name help and protection only straight beside the grade ("child protection failures" are no judgement).
  { regex: new RegExp(String.raw`\b[Cc]hild\s+protection\s+${LINK}\s+${GRADE}|${GRADE}\s+child\s+protection\s+${RATING_NOUN}`, 'gd'), grade: [1, 2], judgement: 'helpAndProtection' },
  // "adoption performance, which was rated as good"
  { regex: new RegExp(String.raw`\b(${PHRASES}),\s+which\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:rated|judged|graded|found\s+to\s+be)\s+(?:as\s+)?${GRADE}`, 'gid'), phrase: 1, grade: [2] },
  // "…, with overall effectiveness as inadequate", "with care leavers rated good"
  { regex: new RegExp(String.raw`\bwith\s+(?:the\s+)?${DESCRIBED}(${PHRASES})\s+(?:(?:rated|judged|graded)\s+)?(?:as\s+)?(?:being\s+)?${GRADE}`, 'gid'), phrase: 1, grade: [2] },
  // "with the impact of senior leaders on social work being rated as requires improvement"
  { regex: new RegExp(String.raw`\bwith\s+(?:the\s+)?${DESCRIBED}(${PHRASES})(?:\s+[a-z]+){1,4}?\s+being\s+(?:rated|judged|graded)\s+(?:as\s+)?${GRADE}`, 'gid'), phrase: 1, grade: [2] },
  // "rated the local safeguarding children board as good"
  { regex: new RegExp(String.raw`\b(?:rated|judged|graded)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*['’]s\s+)?(${PHRASES})\s+(?:as\s+)?(?:being\s+|to\s+be\s+)?${GRADE}`, 'gid'), phrase: 1, grade: [2] },
  // "one area - the impact of leaders on social work practice - rated 'inadequate'"
  { regex: new RegExp(String.raw`\b(${PHRASES})\s*[–—-]\s*(?:(?:was|were)\s+)?(?:rated|judged|graded)\s+(?:as\s+)?${GRADE}`, 'gid'), phrase: 1, grade: [2] },
  // "… were inadequate, as was the leadership, management and governance"
  { regex: new RegExp(String.raw`${GRADE},?\s+as\s+(?:was|were)\s+(?:the\s+)?${DESCRIBED}(${PHRASES})\b`, 'gid'), grade: [1], phrase: 2 },
  // "help and protection … were given outstanding grades"
  { regex: new RegExp(String.raw`\b(${PHRASES})\b[^.;]{0,60}?\b(?:was|were)\s+(?:given|awarded)\s+(?:an?\s+)?${GRADE}\s+${RATING_NOUN}`, 'gid'), phrase: 1, grade: [2] },
  // "no longer rated inadequate", "moves out of 'inadequate'", "down from good", "an improvement from requires improvement"
  {
    regex: new RegExp(String.raw`\b(?:no longer|out of|(?:lost|shed|shaken off|removed|lifted|dropped)\s+(?:\S+\s+){0,2}?|(?:up|down|improv\w*|moved?|moving|rose|risen|fell|fallen|dropped|slipped|jumped|climbed)\s+(?:\w+\s+){0,2}?from)\s*(?:(?:being|rated|judged|an?|the|its)\s+)*${GRADE}`, 'gid'),
    grade: [1],
    time: 'prior',
  },
  // "an overall outstanding rating", "a 'good' rating", "an Outstanding Ofsted judgement"
  { regex: new RegExp(String.raw`(?:\boverall\s+)?${GRADE}\s+(?:overall\s+)?(?:Ofsted\s+)?${RATING_NOUN}\b`, 'gid'), grade: [1] },
  // "Ofsted rates Portsmouth 'good'", "judged the council as 'requires improvement'", "found to be inadequate"
  {
    regex: new RegExp(String.raw`\b(?:${firstAnyCase('rated|judged|rates|judges|graded|grades|deemed')}|found\s+to\s+be|found\s+(?=${SUBJECT_WORDS}to\s+be\b)|(?:rating|judgement|judgment|grade)\s+(?:of|as))\s+${SUBJECT_WORDS}(?:overall\s+)?(?:as\s+)?(?:being\s+|to\s+be\s+|to\s+)?(?:an?\s+)?${GRADE}`, 'gd'),
    grade: [1],
  },
  // "Birmingham children's services 'inadequate'", "children's services in Slough remain inadequate"
  {
    regex: new RegExp(String.raw`\b(?:[Cc]hildren['’]s\s+(?:[Ss]ocial\s+[Cc]are\s+)?[Ss]ervices|[Ss]ervices\s+for\s+children)(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:(?:are|is|remain|remains|now|still|were|was|have been|has been|continues?\s+to\s+be)\s+)*${GRADE}`, 'gd'),
    grade: [1],
  },
  // "judged inadequate overall"
  { regex: new RegExp(String.raw`${GRADE}\s+overall\b`, 'gid'), grade: [1] },
  // "Ofsted upgrades Sunderland to good", "Swindon falls to inadequate", "services improve to good"
  {
    regex: new RegExp(String.raw`\b(?:(?:${firstAnyCase('upgrades|upgraded|downgrades|downgraded|uplifts|uplifted|raises|raised|upped')})\s+${SUBJECT_WORDS}|(?:slips?|slipped|falls?|fell|fallen|drops?|dropped|rises?|rose|risen|climbs?|climbed|moves?|moved|jumps?|jumped|improves?|improved|goes|went|returns?|returned)\s+(?:(?:back|up|down|straight)\s+)?)to\s+(?:an?\s+)?${GRADE}`, 'gd'),
    grade: [1],
  },
  // "its previous rating was good", "the new rating is outstanding"
  { regex: new RegExp(String.raw`\b${RATING_NOUN}\s+(?:was|is|had been|has been|remains)\s+(?:now\s+)?${GRADE}`, 'gid'), grade: [1] },
];

const TO_MOVE = /\bto\s+(?:move|take|get|bring|lift|help)\b[^.]{0,40}$/i;

// "from good to outstanding", "up from requires improvement to be good to outstanding": the first was, the second is.
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:being\s+)?(?:(?:rated|judged|an?|the|its)\s+)*${GRADE}(?:\s+${RATING_NOUN})?(?:\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2})?\s+(?:to|into)\s+(?:being\s+)?(?:(?:rated|judged|an?)\s+)*${GRADE}`,
  'gid',
);

// Grades given collectively: "rated good in all four areas", "outstanding across all five
// judgements", "good in every area", "all four areas were judged good", "inadequate across the board".
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const COUNT = String.raw`(?<count>\d|two|three|four|five|six|seven)`;
const JUDGEMENT_NOUNS = String.raw`(?:key\s+|main\s+|inspection\s+|judgement\s+|judgment\s+)?(?:areas?|judgements?|judgments?|categories|aspects|elements|measures)\b(?:\s+(?:inspected|assessed|judged|looked\s+at))?`;
const ALL_OF = String.raw`(?<all>\b(?:all|every|each)(?:\s+(?:of\s+)?(?:the|its|their))?(?:\s+${COUNT})?\s+${JUDGEMENT_NOUNS}(?:\s+of\s+(?:the|its|their)\s+(?:service|services|work|department))?)`;
const COLLECTIVE: readonly RegExp[] = [
  new RegExp(String.raw`${GRADE}(?:\s+(?:ratings?|grades?|judgements?|judgments?))?\s+(?:in|across|for|on)\s+${ALL_OF}`, 'gid'),
  new RegExp(String.raw`${GRADE}(?:\s+(?:ratings?|grades?|judgements?|judgments?))?(?:\s+by\s+(?:Ofsted|the\s+inspectorate|inspectors))?\s+(?<board>across\s+the\s+board)`, 'gid'),
  new RegExp(String.raw`${ALL_OF}\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+(?:all\s+|also\s+|now\s+)*)(?:(?:rated|judged|graded|deemed|found\s+to\s+be)\s+(?:as\s+|to\s+be\s+)?(?:being\s+)?|(?:given|awarded|handed)\s+(?:an?\s+)?)?${GRADE}`, 'gid'),
];

// Judgements listed, then one grade for them all: "judged 'impact of leaders', 'help and protection' and 'children in care' all to be outstanding".
const ALL_TO_BE = new RegExp(String.raw`\ball\s+(?:to\s+be|(?:were|are|have\s+been)(?:\s+(?:rated|judged|graded))?(?:\s+as)?|(?:rated|judged|graded)(?:\s+as)?)\s+${GRADE}`, 'gid');
const JUDGEMENTS_NAMED = new RegExp(JUDGEMENT_NAMED.source, 'gi');

// A grade for some of the judgements, counted, then the judgements listed in brackets or after a dash:
// "rated inadequate in three of the four areas (help and protection, …)", "the highest possible rating in
// three of the four categories (…) and 'Good' in the fourth (…)". The list must name as many as the count.
const COUNTED_WORDS = String.raw`(?:\d|one|two|three|four|five|six|seven)`;
const COUNTED = new RegExp(
  String.raw`(?:${GRADE}|(?<top>\b(?:highest|top)\s+(?:possible\s+)?(?:rating|grade|judgement|judgment)))(?:\s+(?:ratings?|grades?))?\s+(?:in|for|across)\s+(?:(?<count>${COUNTED_WORDS})\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?(?<of>${COUNTED_WORDS})|the\s+(?:other|remaining|second|third|fourth|fifth|sixth|last)(?:\s+(?<others>${COUNTED_WORDS}))?)(?:\s+(?:inspected\s+)?${JUDGEMENT_NOUNS})?(?:\s*(?<open>\(|[–—:]|\s-\s))?`,
  'gid',
);
const countOf = (word: string) => COUNT_WORDS[word.toLowerCase()] ?? (word.toLowerCase() === 'one' ? 1 : Number(word));
/** How far a counted grade's list may run: a list of judgements is short. */
const COUNTED_LIST = 300;

/** The judgements a collective grade stands for, under the framework of the inspection's year; none where that is unclear. */
export function collectiveJudgements(every: number | 'all', year: number | null): JudgementKey[] {
  if (year === null) return [];
  const framework: JudgementKey[] | null =
    year >= 2026 ? null
    : year >= 2023 ? ['overall', 'leaders', 'helpAndProtection', 'inCare', 'careLeavers']
    : year >= 2018 ? ['overall', 'leaders', 'helpAndProtection', 'inCareAndCareLeavers']
    : year >= 2014 ? ['overall', 'helpAndProtection', 'lookedAfter', 'adoption', 'careLeavers', 'leaders']
    : null;
  // From 2026, reports under the new arrangements give four judgements and no overall grade, and
  // reports under the 2023 ones still came out: only the four judgements both share are certain.
  if (!framework) return year >= 2026 && (every === 'all' || every === 4) ? ['leaders', 'helpAndProtection', 'inCare', 'careLeavers'] : [];
  if (every === 'all' || every === framework.length) return framework;
  // "four areas" of five: the judgements besides the overall grade.
  if (every === framework.length - 1) return framework.filter((j) => j !== 'overall');
  return [];
}

const YEAR = String.raw`((?:19|20)\d{2})`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
// Where a clause ends: punctuation, a dash, or a conjunction that starts another statement.
const CLAUSE_BREAK = /[,;:()[\]–—]|\s-\s|\s(?:and|but|while|whereas|although|though|after\s+(?=\w+\s+(?:was|were|had|has)))\s/gi;
// A clause's opening that hangs it on the clause before: "…since the last inspection in 2019, when services were judged to be good".
const HANGS_ON_BEFORE = /^\s*(?:when|which|where|whereby|at which point|after which|at that time|then)\b/i;
// "since the last inspection" measures progress to now; it does not date what follows.
const SINCE_EARLIER = new RegExp(
  String.raw`\bsince\s+(?:(?:the|its|their|it\s+was)\s+)?(?:last|previous|prior|earlier|previously)\s+(?:\w+\s+){0,3}?(?:inspection|inspected|visit)s?(?:\s+in\s+(?:${MONTH}\s+)?(?:19|20)\d{2})?`,
  'gi',
);
const SINCE_EARLIER_ANYWHERE = new RegExp(SINCE_EARLIER.source, 'i');
const EARLIER_THIS = /\bearlier\s+this\s+(?:year|month|week)\b/gi;
const PAST_BEFORE = new RegExp(
  [
    String.raw`\bpreviously\b`,
    String.raw`\bprevious\b`,
    String.raw`\bformerly\b`,
    String.raw`\boriginally\b`,
    String.raw`\bprior\b`,
    String.raw`\bearlier\b`,
    String.raw`\blast\s+(?:time|year|rated|judged|graded|inspected|inspection|full|ofsted|ilacs|sif|standard|visit)`,
    String.raw`\b(?:had|having)\s+(?:previously\s+|also\s+)?been\b`,
    String.raw`\b(?:after|before)\s+being\b`,
    String.raw`\bused\s+to\b`,
    String.raw`\bago\b`,
    String.raw`\bat\s+the\s+time\b`,
    String.raw`\b(?:was|were)\s+then\b`,
    String.raw`\b(?:once|then)\s+(?:rated|judged)\b`,
    String.raw`\bsince\s+(?:it\s+was|being|they\s+were|the\s+council\s+was|the\s+authority\s+was)\s+(?:rated|judged|graded|found)\b`,
    String.raw`\bsince\s+(?:its|the)\s+${RATING_NOUN}\b`,
    // "in special measures since 2020 when it was rated inadequate"
    String.raw`\b(?:since|from)\s+(?:${MONTH}\s+)?(?:19|20)\d{2},?\s+when\b`,
    // "rated inadequate for the last eight years"
    String.raw`\bfor\s+the\s+(?:last|past)\s+\w+\s+years\b`,
  ].join('|'),
  'i',
);
// Straight before the grade: "from good", "up from requires improvement".
const FROM_JUST_BEFORE = /\bfrom\s+(?:being\s+)?(?:(?:rated|judged|an?|the|its)\s+)*['‘"“]?$/i;
const PAST_AFTER = new RegExp(
  String.raw`^['’"”]?\s*(?:(?:\S+\s+)?previously\b|(?:\S+\s+){0,6}?(?:(?:was|were)\s+last\s+(?:inspected|rated|judged|graded)\b|at\s+(?:its|the|their)\s+(?:last|previous|prior|earlier)\b|(?:following|after|in|under|at)\s+(?:its|the|their|a)\s+(?:last|previous|prior|earlier|preceding)\b|last\s+time\b|(?:\w+\s+)?years?\s+ago\b|(?:last|the\s+previous)\s+year\b|at\s+that\s+(?:time|inspection)\b|back\s+then\b|for\s+the\s+(?:last|past)\s+\w+\s+years\b))`,
  'i',
);
const DATED_BEFORE = new RegExp(String.raw`\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+)?${YEAR}\b|\b(?:the|its|a)\s+${YEAR}\s+(?:\w+\s+)?(?:inspection|visit|ILACS|SIF)`, 'i');
const DATED_AFTER = new RegExp(String.raw`^['’"”]?\s*(?:\S+\s+){0,5}?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+)?${YEAR}\b`, 'i');
// Hopes, plans and conditions: "we want to be outstanding", "aims to be rated good at the next inspection".
const HYPOTHETICAL = /\bbefore\s+(?:they|it|we|inspectors|the\s+council)\s+(?:can|could)\b|\b(?:still|yet|more)\b[^.,]{0,40}?\bto\s+(?:achieve|reach|secure|gain|attain)\b|\b(?:aims?|aiming|ambitions?|wants?|wanted|hopes?|hoping|hoped|targets?|goal|strive|striving|would|could|might|should|will|shall|to become|next|if|unless|expects?|expected|on course|on track|bid|push|determined|plans?|planning)\b/i;
// About councils in general, not this one: "only 46 councils are rated good", "no authority has been judged outstanding".
const ELSEWHERE = /\b(?:councils|authorities|local authorities|LAs|areas|departments|per\s*cent)\b|%|^\W*(?:and\s+|but\s+|while\s+|with\s+|of\s+(?:these|those|them)\s+)?(?:only\s+|just\s+|some\s+|around\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:few|handful|quarter|third|fifth|half)|half|most|many|none|no\b|all\b|other\b|several)\b/i;
// About another kind of provider Ofsted inspects: "Oakfield Primary School was rated good", "its nurseries were judged outstanding".
const OTHER_PROVIDER = /(?<!\bvirtual\s)\b(?:schools?|academy|academies|nurser(?:y|ies)|colleges?|pupils|children['’]s\s+homes?|care\s+homes?)\b/i;
const NEGATED = /\b(?:not|never)\s+(?:(?:yet|been|be|being|rated|judged|graded|found|as|to|deemed)\s+)*['‘"“]?$/i;
// Words that put a clause in the present despite a past clause before it: "…, and services are now good".
const NOW = /\b(?:now|today|this\s+time|latest|newly)\b/i;
// A sentence opening on the past: "At its last inspection in 2017, …", "In 2015, …", "When it was last inspected, …".
const PAST_OPENING = new RegExp(
  String.raw`^\s*(?:(?:But|And|However|Yet|Then),?\s+(?:when|at|in|during|following|after|back in|previously|until|before)\b|When|At|In|During|Following|After|Back in|Previously|Until|Before|(?:The\s+)?Last\s+(?:year|time|month)|The\s+previous\s+time|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A few|Some|Several|\d+)\s+years?\s+ago)\b[^,]{0,120}?(?:\blast\b|\bprevious(?:ly)?\b|\bprior\b|\bearlier\b|\bago\b|\b(?:19|20)\d{2}\b)?[^,]{0,60},`,
);
const ANY_YEAR = /\b((?:19|20)\d{2})\b/g;

export type GradeTime = 'current' | 'prior';

export type GradeMention = {
  judgement: JudgementKey;
  grade: Grade;
  time: GradeTime;
  /** For a prior grade, the year the sentence gives it (null when it gives none). */
  year: number | null;
  /** Where the grade's words start in the sentence. */
  at: number;
  /** Where the clause holding the grade starts in the sentence. */
  clauseStart: number;
  /**
   * A grade given to several judgements at once ("good in all four areas", "outstanding in every
   * area"): how many the sentence counts, or 'all'. Only the framework the article's inspection
   * was under says which judgements those are (collectiveJudgements).
   */
  every?: number | 'all';
};

/** What is known of the article beyond the sentence: the year of the inspection it reports, when it says. */
export type SentenceContext = {
  reportedYear?: number | null;
  /** Where the article gives no year for its inspection, the years its publication date allows (a report comes out weeks after). */
  publishedYears?: readonly number[];
};

/** Whether a year named beside a grade is this inspection's. */
const isReportedYear = (year: number, context: SentenceContext) =>
  year === context.reportedYear || (context.reportedYear == null && (context.publishedYears ?? []).includes(year));

export type GradeStatement = { judgement: JudgementKey; grade: Grade };

// A sentence's clause breaks and years, read once however many grades it holds (a hostile page may
// repeat "rated good" thousands of times in one sentence), and each looked up by binary search,
// not by reading the list again. Kept as lists of numbers: a sentence may hold hundreds of
// thousands of breaks, and as many small objects kept at once make much work for the collector.
let analysed: {
  sentence: string;
  breakStarts: number[];
  breakEnds: number[];
  yearIndexes: number[];
  years: number[];
  /** Where the sentence first names a year other than `year`. */
  firstOther?: { year: number | null | undefined; index: number };
  /** The sentence's opening on the past, if it has one (PAST_OPENING). */
  opening?: RegExpExecArray | null;
} | null = null;

function analysis(sentence: string) {
  if (analysed?.sentence !== sentence) {
    analysed = { sentence, breakStarts: [], breakEnds: [], yearIndexes: [], years: [] };
    const { breakStarts, breakEnds, yearIndexes, years } = analysed;
    eachMatch(CLAUSE_BREAK, sentence, (m) => {
      breakStarts.push(m.index);
      breakEnds.push(m.index + m[0].length);
    });
    eachMatch(ANY_YEAR, sentence, (m) => {
      yearIndexes.push(m.index);
      years.push(Number(m[1]));
    });
  }
  return analysed;
}

/** Where the sentence first names a year other than `year`; Infinity when it names none. */
function firstYearOtherThan(sentence: string, year: number | null | undefined): number {
  const sentenceAnalysis = analysis(sentence);
  if (!sentenceAnalysis.firstOther || sentenceAnalysis.firstOther.year !== year) {
    const other = sentenceAnalysis.years.findIndex((y) => y !== year);
    sentenceAnalysis.firstOther = { year, index: other === -1 ? Infinity : sentenceAnalysis.yearIndexes[other]! };
  }
  return sentenceAnalysis.firstOther.index;
}

function clauseBounds(sentence: string, from: number, to: number): { start: number; end: number } {
  const { breakStarts, breakEnds } = analysis(sentence);
  // The last break ending at or before `from`; the first starting at or after `to` follows it.
  const low = firstWhere(breakEnds, (breakEnd) => breakEnd > from);
  const start = low > 0 ? breakEnds[low - 1]! : 0;
  let next = low;
  while (next < breakStarts.length && breakStarts[next]! < to) next += 1;
  return { start, end: next < breakStarts.length ? breakStarts[next]! : sentence.length };
}

/** The year named nearest the grade at `at` (the earlier of two as near): in its clause, else anywhere in the sentence. */
function nearestYear(sentence: string, at: number, clause: { start: number; end: number }): number | null {
  const { yearIndexes, years } = analysis(sentence);
  const clauseFirst = firstWhere(yearIndexes, (index) => index >= clause.start);
  const clauseEnd = firstWhere(yearIndexes, (index) => index >= clause.end);
  const [first, end] = clauseFirst < clauseEnd ? [clauseFirst, clauseEnd] : [0, years.length];
  if (first === end) return null;
  const after = Math.min(Math.max(firstWhere(yearIndexes, (index) => index >= at), first), end);
  const nearest = after > first && (after === end || Math.abs(yearIndexes[after - 1]! - at) <= Math.abs(yearIndexes[after]! - at)) ? after - 1 : after;
  const year = years[nearest]!;
  return year >= 2000 && year <= 2100 ? year : null;
}

/** What a clause says around its grade is said within a few words of it. */
const WINDOW = 240;

/** Whether a grade at [at, end) is this inspection's, an earlier one's, or neither (null). */
function timeOf(sentence: string, at: number, end: number, context: SentenceContext, subjectEnd = 0, readFrom = 0): { time: GradeTime; year: number | null; clauseStart: number } | null {
  const clause = clauseBounds(sentence, at, end);
  const from = Math.max(clause.start, at - WINDOW);
  // Years before `readFrom` date another grade: past words there still count, their years do not.
  const before = readFrom > from ? sentence.slice(from, readFrom).replace(/\b(?:19|20)\d{2}\b/g, '    ') + sentence.slice(readFrom, at) : sentence.slice(from, at);
  // A collective grade's subject ("all four areas were rated …") is not a clause about councils or schools.
  const beforeSubject = subjectEnd > 0 ? sentence.slice(Math.max(clause.start, at - WINDOW, subjectEnd), at) : before;
  const after = sentence.slice(end, Math.min(clause.end, end + WINDOW));
  if (NEGATED.test(sentence.slice(Math.max(0, at - 30), at)) && !/\bno longer\b/i.test(before)) return null;
  if (HYPOTHETICAL.test(before)) return null;
  if (ELSEWHERE.test(beforeSubject) || OTHER_PROVIDER.test(beforeSubject)) return null;

  const prior = (year: number | null = nearestYear(sentence, at, clause)) => ({ time: 'prior' as const, year, clauseStart: clause.start });
  const plainBefore = before.replace(SINCE_EARLIER, ' ').replace(EARLIER_THIS, ' ');
  // (A hope "to move services from requires improvement to good" starts from where they stand now.)
  const fromBefore = FROM_JUST_BEFORE.test(before) && !TO_MOVE.test(before.replace(FROM_JUST_BEFORE, ''));
  if (PAST_BEFORE.test(plainBefore) || fromBefore || PAST_AFTER.test(after)) return prior();

  const dated = DATED_AFTER.exec(after) ?? DATED_BEFORE.exec(plainBefore);
  const datedYear = dated ? Number(dated[1] ?? dated[2]) : null;
  if (datedYear !== null && !isReportedYear(datedYear, context)) return prior(datedYear >= 2000 ? datedYear : null);

  if (!NOW.test(before + after)) {
    const earlier = sentence.slice(Math.max(0, clause.start - WINDOW), clause.start);
    const pointsBack =
      PAST_BEFORE.test(earlier.replace(SINCE_EARLIER, ' ')) ||
      SINCE_EARLIER_ANYWHERE.test(earlier) ||
      firstYearOtherThan(sentence, context.reportedYear) < clause.start;
    if (HANGS_ON_BEFORE.test(before) && pointsBack) return prior();
    const sentenceAnalysis = analysis(sentence);
    if (sentenceAnalysis.opening === undefined) sentenceAnalysis.opening = PAST_OPENING.exec(sentence);
    const { opening } = sentenceAnalysis;
    if (opening && opening[0].length <= at && !NOW.test(opening[0]) && !/\brecent\b/i.test(opening[0])) {
      const openingYear = /\b((?:19|20)\d{2})\b/.exec(opening[0]);
      if (!openingYear || !isReportedYear(Number(openingYear[1]), context)) return prior();
    }
  }
  return { time: 'current', year: null, clauseStart: clause.start };
}

/** Every grade one sentence states, each as this inspection's or an earlier one's, in the order written. */
export function gradeMentionsIn(sentence: string, context: SentenceContext = {}): GradeMention[] {
  if (!ANY_GRADE.test(sentence)) return [];
  const mentions: GradeMention[] = [];
  // One grade's words may serve two judgements ("… were inadequate, as was the leadership"), but
  // once read for a judgement they are not read again as the overall grade. Kept by the position of
  // each character taken, so that a sentence of thousands of grades is not read through for each.
  const taken = new Map<number, Set<JudgementKey>>();
  // (An overall grade named in a list of judgements, "… help and protection and overall effectiveness", shares its grade as they do.)
  const overlaps = (at: number, end: number, judgement: JudgementKey, named = false) => {
    for (let i = at; i < end; i++) {
      const judgements = taken.get(i);
      if (judgements && (judgement === 'overall' && !named ? judgements.size > 0 : judgements.has(judgement))) return true;
    }
    return false;
  };
  const take = (at: number, end: number, judgement: JudgementKey) => {
    for (let i = at; i < end; i++) taken.set(i, (taken.get(i) ?? new Set<JudgementKey>()).add(judgement));
  };
  const groupAt = (m: RegExpMatchArray, group: number) => m.indices![group]![0];
  // (`readFrom`: where a year may start to date the grade; "from inadequate in 2015 to good" dates only the first.)
  const add = (judgement: JudgementKey, words: string, at: number, forced?: GradeTime, subjectEnd?: number, every?: number | 'all', named = false, readFrom = 0) => {
    const grade = gradeOfWords(words);
    const end = at + words.length;
    if (!grade || overlaps(at, end, judgement, named)) return;
    const time = timeOf(sentence, at, end, context, subjectEnd, readFrom);
    take(at, end, judgement);
    if (!time) return;
    const collective = every === undefined ? {} : { every };
    if (forced === 'prior' && time.time === 'current') mentions.push({ judgement, grade, at, ...time, time: 'prior', year: nearestYear(sentence, at, clauseBounds(sentence, at, end)), ...collective });
    else mentions.push({ judgement, grade, at, ...time, ...collective });
  };

  for (const pattern of COLLECTIVE) {
    for (const m of allMatches(pattern, sentence)) {
      // The grade is the pattern's first group, or its last where "all four areas" comes first.
      const subjectFirst = m.indices!.groups?.all !== undefined && m.indices!.groups.all[0] === m.index;
      const gradeGroup = subjectFirst ? m.length - 1 : 1;
      const counted = m.groups?.count;
      const every = counted ? (COUNT_WORDS[counted.toLowerCase()] ?? Number(counted)) : 'all';
      // "all four areas" before the grade is the clause's subject, not a clause about councils in general.
      add('overall', m[gradeGroup]!, groupAt(m, gradeGroup), undefined, subjectFirst ? m.indices!.groups!.all![1] : undefined, every);
    }
  }

  const unlisted: Array<{ words: string; at: number; count: number; of: number }> = [];
  for (const m of allMatches(COUNTED, sentence)) {
    const start = m.index + m[0].length;
    if (m.groups!.open === undefined) {
      if (m.groups!.count && m.groups!.top === undefined) unlisted.push({ words: m[1]!, at: groupAt(m, 1), count: countOf(m.groups!.count), of: countOf(m.groups!.of!) });
      continue;
    }
    const close = m.groups!.open === '(' ? sentence.indexOf(')', start) : -1;
    const list = sentence.slice(start, close === -1 ? Math.min(sentence.length, start + COUNTED_LIST) : Math.min(close, start + COUNTED_LIST));
    const named = allMatches(JUDGEMENTS_NAMED, list);
    if (named.length !== countOf(m.groups!.count ?? m.groups!.others ?? '1')) continue;
    const [words, at] = m.groups!.top !== undefined ? ['outstanding', m.indices!.groups!.top![0]] : [m[1]!, groupAt(m, 1)];
    for (const phrase of named) add(judgementOfPhrase(phrase[1]!), words, at, undefined, undefined, undefined, true);
  }

  let listFrom = 0;
  for (const m of allMatches(ALL_TO_BE, sentence)) {
    // (A judgement's name may be quoted in part: "“looked after” children".)
    const listed = sentence.slice(listFrom, m.index).replace(/["“”]/g, '');
    listFrom = m.index + m[0].length;
    if (/;|\bbut\b|\bwhile\b/.test(listed)) continue;
    const named = allMatches(JUDGEMENTS_NAMED, listed);
    if (named.length < 2) continue;
    // The list's own clause breaks hide what opened the sentence: "The previous inspection in 2014 found X, Y and Z all to be good".
    const opening = sentence.slice(Math.max(0, m.index - WINDOW), m.index);
    const years = allMatches(ANY_YEAR, opening).map((y) => Number(y[1]));
    const past = PAST_BEFORE.test(opening.replace(SINCE_EARLIER, ' ')) || years.some((y) => !isReportedYear(y, context));
    for (const phrase of named) add(judgementOfPhrase(phrase[1]!), m[1]!, groupAt(m, 1), past ? 'prior' : undefined);
  }

  const namedBefore = judgementsNamedBefore(sentence);
  for (const m of allMatches(FROM_TO, sentence)) {
    const judgement = namedBefore(clauseBounds(sentence, m.index!, m.index! + 1).start, m.index!);
    // "recommendations to move services from requires improvement to good": where they stand now, and a hope.
    if (TO_MOVE.test(sentence.slice(Math.max(0, m.index! - 60), m.index!))) {
      add(judgement, m[1]!, groupAt(m, 1));
      take(groupAt(m, 2), groupAt(m, 2) + m[2]!.length, judgement);
      continue;
    }
    add(judgement, m[1]!, groupAt(m, 1), 'prior');
    // "from inadequate in September 2015 to requires improvement": the year dates the first grade alone.
    const between = sentence.slice(groupAt(m, 1), groupAt(m, 2));
    const datesFirst = /\b(?:19|20)\d{2}\s+(?:to|into)\b/.exec(between);
    add(judgement, m[2]!, groupAt(m, 2), undefined, undefined, undefined, false, datesFirst ? groupAt(m, 1) + datesFirst.index + 4 : 0);
  }

  // Whether the sentence names a judgement before the grade: one named only after it ("…, praised for its leadership") leaves it the overall grade.
  const namesJudgement = (at: number) => JUDGEMENT_NAMED.test(sentence.slice(0, at));
  for (const pattern of PATTERNS) {
    for (const m of allMatches(pattern.regex, sentence)) {
      const group = pattern.grade.find((g) => m[g] !== undefined)!;
      const words = m[group]!;
      if (pattern.judgement) {
        add(pattern.judgement, words, groupAt(m, group), pattern.time);
        continue;
      }
      if (pattern.phrase !== undefined) {
        add(judgementOfPhrase(m[pattern.phrase]!), words, groupAt(m, group), pattern.time);
        for (const more of listedJudgements(sentence, m, pattern.phrase, group)) add(more.judgement, more.words ?? words, more.at ?? groupAt(m, group), pattern.time, undefined, undefined, true);
        continue;
      }
      // A sentence naming a judgement gives it the grade through the patterns above; a bare
      // "rated good" beside a judgement's name is not read as the overall grade.
      const saysOverall = /\boverall\b/i.test(sentence.slice(Math.max(0, m.index - 25), m.index + m[0].length));
      if (!saysOverall && pattern.time !== 'prior' && namesJudgement(groupAt(m, group))) continue;
      add('overall', words, groupAt(m, group), pattern.time);
    }
  }
  // "inadequate in three of the four areas, with leadership rated requires improvement": the framework's
  // judgements less those the sentence grades otherwise, when as many are left as the count.
  const year = context.reportedYear ?? context.publishedYears?.[0] ?? null;
  // (The judgements graded otherwise are gathered once for each grade: a sentence may hold thousands of counts.)
  const gradedOtherwise = new Map<Grade | null, Set<JudgementKey>>();
  for (const { words, at, count, of } of unlisted) {
    const grade = gradeOfWords(words);
    if (!gradedOtherwise.has(grade)) gradedOtherwise.set(grade, new Set(mentions.filter((m) => m.time === 'current' && m.grade !== grade).map((m) => m.judgement)));
    const otherwise = gradedOtherwise.get(grade)!;
    const left = collectiveJudgements(of, year).filter((j) => !otherwise.has(j));
    if (otherwise.size > 0 && left.length === count) for (const judgement of left) add(judgement, words, at, undefined, undefined, undefined, true);
  }
  return carryThePast(sentence, mentions.sort((a, b) => a.at - b.at));
}

const NAMED_BEFORE = new RegExp(String.raw`\b(${PHRASES})\b[^.;,]*$`, 'i');

/**
 * The judgement a change of grade ("from good to outstanding") is about: the first named in its
 * clause before it and after any full stop, else overall. What the clause's text before one change
 * said is kept for the next, so that a clause of thousands of changes is not read again for each.
 * (No judgement's name runs on into "from", so none is cut where the last change starts.)
 */
function judgementsNamedBefore(sentence: string): (clauseStart: number, at: number) => JudgementKey {
  let read: { clauseStart: number; to: number; named: string | null } = { clauseStart: -1, to: -1, named: null };
  return (clauseStart, at) => {
    if (read.clauseStart !== clauseStart || at < read.to) read = { clauseStart, to: clauseStart, named: null };
    const text = sentence.slice(read.to, at);
    const stop = text.lastIndexOf('.');
    if (stop !== -1) read.named = null;
    read.named ??= NAMED_BEFORE.exec(text.slice(stop + 1))?.[1] ?? null;
    read.to = at;
    return read.named ? judgementOfPhrase(read.named) : 'overall';
  };
}

// A clause joined by "and" to one about an earlier inspection is about it too, unless it says otherwise:
// "help and protection was rated good in 2020, and leadership was judged good too" (not "… and is now rated").
const PRESENT = /\b(?:now|today|this\s+time|latest|newly|has\s+been|have\s+been|is|are)\b/i;

function carryThePast(sentence: string, mentions: GradeMention[]): GradeMention[] {
  let lastPrior: GradeMention | null = null;
  return mentions.map((m) => {
    if (m.time === 'prior') lastPrior = m;
    if (m.time !== 'current' || !lastPrior || m.at - lastPrior.at > WINDOW) return m;
    const between = sentence.slice(lastPrior.at, m.at);
    const clause = sentence.slice(m.clauseStart, Math.min(clauseBounds(sentence, m.at, m.at + 1).end, m.at + WINDOW));
    if (!/,?\s+and\s+/.test(between) || /\bbut\b|\bwhile\b|\bwhereas\b/.test(between) || PRESENT.test(clause)) return m;
    return { ...m, time: 'prior', year: lastPrior.year };
  });
}

const AND_PHRASE = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+|for\s+)?(?:the\s+)?${DESCRIBED}(${PHRASES})\b`, 'i');
const LIST_GOES_ON = new RegExp(
  String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:as\s+)?${GRADE}\s+)?(?:for\s+|in\s+)?(?:of\s+)?(?:the\s+)?${AREA_OF}${DESCRIBED}(${PHRASES})\b`,
  'id',
);

/**
 * The judgements listed beside the one a pattern matched, which share its grade or carry their own:
 * "children in care and of care leavers were judged outstanding", "as were the experiences and
 * progress of children in care and of care leavers", "outstanding for leaders and outstanding for help and protection".
 */
function listedJudgements(sentence: string, m: RegExpMatchArray, phraseGroup: number, gradeGroup: number): Array<{ judgement: JudgementKey; words?: string; at?: number }> {
  const listed: Array<{ judgement: JudgementKey; words?: string; at?: number }> = [];
  const phraseEnd = m.indices![phraseGroup]![1];
  const gradeStart = m.indices![gradeGroup]![0];
  if (phraseEnd <= gradeStart) {
    // The phrase before the grade: more phrases joined to it by "and".
    let rest = sentence.slice(phraseEnd, gradeStart);
    for (let next = AND_PHRASE.exec(rest); next; next = AND_PHRASE.exec(rest)) {
      listed.push({ judgement: judgementOfPhrase(next[1]!) });
      rest = rest.slice(next[0].length);
    }
    return listed;
  }
  // The phrase after the grade: more phrases after it, each with its own grade or the same one.
  let from = phraseEnd;
  for (let next = LIST_GOES_ON.exec(sentence.slice(from)); next; next = LIST_GOES_ON.exec(sentence.slice(from))) {
    listed.push(next[1] ? { judgement: judgementOfPhrase(next[2]!), words: next[1], at: from + next.indices![1]![0] } : { judgement: judgementOfPhrase(next[2]!) });
    from += next[0].length;
  }
  return listed;
}

/** The grades one sentence states for the inspection it reports: per judgement where it names one, else overall. */
export function gradeStatementsIn(sentence: string, context: SentenceContext = {}): GradeStatement[] {
  const statements: GradeStatement[] = [];
  for (const m of gradeMentionsIn(sentence, context)) {
    if (m.time === 'current' && !statements.some((s) => s.judgement === m.judgement)) statements.push({ judgement: m.judgement, grade: m.grade });
  }
  return statements;
}

/** The judgement a sentence talks about, if it names one (used to file the points after it). */
export function judgementNamedIn(sentence: string): JudgementKey | null {
  const m = JUDGEMENT_NAMED.exec(sentence);
  return m ? judgementOfPhrase(m[1]!) : null;
}
