// The words that name what a finding is about. Reports judge every matter in the same words
// ("effective", "timely", "ensure", "quality", "improved since"), so those say nothing of which
// matter is meant and are left out; what is left is stemmed (terms.ts), and each pair of
// neighbouring words is a term too ("return_home", "privat_foster"), naming a matter more surely.
import { terms } from './terms';

// Judging, linking and quantity words: in a fifth to a half of all findings of every report, of
// every matter. Stems, as terms() gives them.
const JUDGING = new Set(
  `support effect ensur well provid improv time includ appropri good receiv understand develop meet qualiti live us number
progress clear respons identifi arrang impact rang action result consist consid increas offer activ concern comprehens recent
lead area alwai level small achiev benefit exampl regularli continu remain enabl mean take focu regular address complet
opportun know addit recognis issu reduc right suffici within across strengthen taken year avail evid high signific requir
wai approach detail kei feel seen highli awar demonstr enough maintain major understood now suitabl new wide import consider
routin establish step led current build met thorough close promot fulli specif quickli better abl part strong posit robust
last sinc strength prioriti focus experi experienc senior leader sustain previou inspect strengthen enhanc transform
notabl particular particularli practic sure often most mani some sever overal gener ensur varieti vari variabl inconsist
timeli prompt promptli weak poor insuffici despit becom need subject chang tackl wider further furthermor howev although
also ensur instanc exampl result stronger creat begin histor`.split(/\s+/),
);

// One name for each thing the reports call by a full name in one place and its initials in
// another ("independent reviewing officers (IROs)" … "IRO oversight"), so that either meets both.
const SAME_THING: ReadonlyArray<[RegExp, string]> = [
  [/\bindependent reviewing officers?\b|\bIROs?\b|\bIRO['’]s\b/gi, 'iro'],
  [/\bmulti-agency safeguarding hub\b|\bMASH\b|\bfront door\b/gi, 'mash'],
  [/\bpersonal advis[eo]rs?\b|\bPAs?\b/g, 'personal-adviser'],
  [/\blocal authority designated officer\b|\bdesignated officer\b|\bLADO\b/gi, 'lado'],
  [/\bpersonal education plans?\b|\bPEPs?\b/g, 'pep'],
  [/\bunaccompanied asylum[- ]seeking children\b|\bUASC\b/gi, 'uasc'],
  [/\breturn home interviews?\b|\bRHIs?\b/gi, 'return-home-interview'],
  [/\bpublic law outline\b|\bPLO\b/gi, 'plo'],
  [/\bspecial guardianship orders?\b|\bSGOs?\b/gi, 'sgo'],
  [/\beducation, employment (?:and|or) training\b|\bemployment, education (?:and|or) training\b|\bN?EET\b/g, 'eet'],
  [/\bemergency duty team\b|\bout-of-hours service\b|\bEDT\b/gi, 'out-of-hours'],
  [/\bregional adoption agency\b|\bRAA\b/g, 'raa'],
  [/\bchild and adolescent mental health services?\b|\bCAMHS\b/gi, 'camhs'],
  // Older frameworks' "looked after children" are the later "children in care"; "care-experienced young people" are care leavers.
  [/\blooked[- ]after children\b|\bchildren (?:and young people )?looked after\b|\bchildren (?:and young people )?in care\b/gi, 'in-care'],
  [/\bcare[- ]experienced (?:young )?(?:people|adults)\b|\bcare leavers?\b/gi, 'care-leaver'],
  // A term of art: the council's duties to the children it looks after, not its "corporate support" for the service.
  [/\bcorporate parent(?:ing|s)?\b/gi, 'corporate-parenting'],
];

function sameThings(text: string): string {
  return SAME_THING.reduce((t, [names, one]) => t.replace(names, ` ${one} `), text);
}

// The linker reads the same earlier reports' paragraphs each time a report is linked against the
// library: each text's terms are worked out once (a bound keeps the memory small whatever text comes).
const SEEN = new Map<string, readonly string[]>();
const MAX_SEEN = 20_000;

/** `ignore`: more stems to leave out, such as the authority's own name ("Trafford"), which every paragraph may use. */
export function matterTerms(text: string, ignore: ReadonlySet<string> = new Set()): readonly string[] {
  const key = ignore.size === 0 ? text : `${[...ignore].join(' ')}\u0000${text}`;
  let found = SEEN.get(key);
  if (found === undefined) {
    const words = terms(sameThings(text)).filter((t) => !JUDGING.has(t) && !ignore.has(t));
    const pairs = words.slice(1).flatMap((word, i) => (word === words[i] ? [] : [`${words[i]}_${word}`]));
    found = Object.freeze([...words, ...pairs]);
    if (SEEN.size >= MAX_SEEN) SEEN.clear();
    SEEN.set(key, found);
  }
  return found;
}
