// The practice areas of children's services that Ofsted reports are written around. A finding
// or an article's point gets every theme whose words it uses; links between inspections need a
// shared theme before text similarity is even looked at. Care leavers' themes also need the
// sentence to be about care leavers, so "education" in a school-age finding is not theirs.
export type Theme = {
  id: string;
  label: string;
  words: RegExp;
  /** The sentence must also be about this (care leavers' themes). */
  about?: RegExp;
  /** Broad themes (every report assesses and records): a link on one alone needs more shared terms. */
  broad?: boolean;
};

const CARE_LEAVERS = /care leavers?|care-experienced|leaving care|personal advisers?/i;

export const THEMES: readonly Theme[] = [
  { id: 'early-help', label: 'Early help', words: /\bearly help\b|family hubs?\b|targeted support/i },
  { id: 'front-door', label: 'Front door and MASH', words: /\bMASH\b|multi-agency safeguarding hub|front door|thresholds?\b|referrals?\b|contacts? and referrals/i },
  { id: 'strategy-enquiries', label: 'Strategy meetings and enquiries', words: /strategy (?:meetings?|discussions?)|child protection enquir|section 47/i },
  { id: 'cp-plans', label: 'Child protection plans and conferences', words: /child protection (?:and child-in-need )?plans?|child-in-need plans?|child protection conferences?|conference chairs?|core groups?/i },
  { id: 'assessment', label: 'Assessments', words: /\bassessments?\b/i, broad: true },
  { id: 'pre-proceedings', label: 'Pre-proceedings and care proceedings', words: /pre-proceedings|public law outline|\bPLO\b|legal gateway|care proceedings/i },
  { id: 'missing-return-home', label: 'Missing children and return home interviews', words: /go(?:es|ing)? missing|missing from (?:home|care)|return home (?:interviews?|conversations?)/i },
  { id: 'exploitation', label: 'Exploitation', words: /exploit(?:ation|ed)|contextual safeguarding/i },
  { id: 'domestic-abuse', label: 'Domestic abuse', words: /domestic (?:abuse|violence)/i },
  { id: 'disabled-children', label: 'Disabled children', words: /disabled children|children with disabilities|complex needs/i },
  { id: 'care-planning', label: "Children in care: care plans and reviews", words: /care plans?|care planning|(?:looked after |statutory )?reviews? of (?:their|children)/i },
  { id: 'stability', label: 'Children in care: stability and sufficiency', words: /placement (?:stability|moves?|matching)|(?<!(?:workforce|staff(?:ing)?|leadership|financial) )stability(?! (?:in|of|within) (?:the )?(?:workforce|staff|leadership|senior))|several moves|sufficiency|unregistered/i },
  { id: 'permanence-adoption', label: 'Permanence and adoption', words: /permanence|adoption|special guardianship|\bSGO\b/i },
  { id: 'health', label: 'Health and emotional well-being', words: /health assessments?|mental health|emotional (?:health|well-being)|\bCAMHS\b/i },
  { id: 'education', label: 'Education and attendance', words: /virtual (?:school|headteacher)|school attendance|attendance (?:at|in) school|(?:their|children['’]s|educational) attendance|unauthorised absence|exclusions?|children missing education|electively home educated|personal education plans?/i },
  { id: 'foster-carers', label: 'Foster carers', words: /foster carers?|(?<!private(?:ly)? )fostering/i },
  { id: 'iros', label: 'Independent reviewing officers', words: /independent reviewing officers?|\bIROs?\b/i },
  { id: 'unaccompanied', label: 'Unaccompanied and asylum-seeking children', words: /unaccompanied|asylum/i },
  { id: 'youth-justice', label: 'Offending and youth justice', words: /offending|youth (?:justice|offending)|custody/i },
  { id: 'care-leavers-accommodation', label: "Care leavers' accommodation", words: /accommodation|housing|homeless|bed and breakfast/i, about: CARE_LEAVERS },
  { id: 'care-leavers-eet', label: "Care leavers' education, employment and training", words: /education, employment (?:and|or) training|employment, education and training|\bEET\b|\bNEET\b|apprenticeships?|employment/i, about: CARE_LEAVERS },
  { id: 'care-leavers-health', label: "Care leavers' health histories", words: /health histor(?:y|ies)/i, about: CARE_LEAVERS },
  { id: 'care-leavers-contact', label: 'Care leavers: keeping in touch and pathway plans', words: /keeping in touch|contact is lost|pathway plans?|personal advisers?/i, about: CARE_LEAVERS },
  { id: 'workforce', label: 'Workforce', words: /(?<!(?:foster(?:ing)?|carers?|adopters?) )recruit(?:ing|ment)?(?! (?:and retention )?(?:of )?(?:more |new )?(?:foster|adopt|carers?))|retain(?:ing)?|retention|caseloads?|agency staff|workforce|newly qualified|\bASYE\b|staff turnover/i },
  { id: 'management-oversight', label: 'Management oversight and supervision', words: /management oversight|supervision/i },
  { id: 'quality-assurance', label: 'Leadership, performance and quality assurance', words: /quality assurance|performance management|self-evaluation|audits?\b|service improvement plan/i },
  { id: 'participation', label: "Children's participation", words: /participation|children in care council|children['’]s views|voice of the child|care-experienced forum/i },
  { id: 'corporate-parenting', label: 'Corporate parenting', words: /corporate parent(?:ing|s)?/i },
  // The leaders' sections' standing matter: the council as a whole behind children's services.
  { id: 'council-support', label: "The council's and politicians' support for children's services", words: /\bcorporate (?:and political )?(?:commitment|support|priorit(?:y|ies)|leaders(?:hip)?)|\bpolitical (?:support|commitment|leaders(?:hip)?|oversight)|\b(?:wider|whole) council\b|\bcross-party\b|\bchief executive\b|\belected members\b/i },
  { id: 'plan-quality', label: 'Quality of written plans', words: /\b(?:quality|specificity) of (?:children['’]s )?(?:written )?plans\b|\bwritten plans?\b|\bplans (?:are|were) (?:not )?(?:always |consistently )?(?:sufficiently )?(?:specific|smart|generic|overly)|\bSMART\b/ },
  { id: 'staff-training', label: 'Training and development for staff', words: /(?<!(?:employment|education),? (?:and|or) )\btraining (?:and development )?(?:offer|opportunities|programme)|\blearning (?:and development )?offer\b|\blearning and development\b|\b(?:social work|practice) academy\b|\bcontinuing professional development\b/i },
  // Matters the reports treat on their own that no theme above names (found missing by the gold
  // set's labels: tests/real-pdf/prior-links/).
  { id: 'lado', label: 'Allegations against adults (the LADO)', words: /designated officer|\bLADO\b|allegations against (?:adults|people|professionals|staff)/i },
  { id: 'out-of-hours', label: 'The out-of-hours service', words: /out[- ]of[- ]hours|emergency duty (?:team|service)/i },
  { id: 'private-fostering', label: 'Private fostering', words: /private(?:ly)? foster/i },
  { id: 'homeless-16-17', label: 'Homeless 16- and 17-year-olds', words: /homeless(?:ness)?\b[^.]{0,60}\b(?:16|17)\b|\b(?:16|17)\b[^.]{0,60}\b(?:homeless|accommodated under section 20)/i },
  { id: 'kinship', label: 'Kinship and connected carers', words: /kinship|connected carers?|family and friends? carers?/i },
  { id: 'life-story', label: 'Life-story work', words: /life[- ]story/i },
  { id: 'neglect', label: 'Neglect', words: /\bneglect(?:ed)?\b/i },
  { id: 'advocacy', label: 'Advocacy and independent visitors', words: /\badvocacy\b|\b(?:an|independent|access to|their) advocates?\b|independent visitors?/i },
  { id: 'childrens-homes', label: "Children's homes", words: /children['’]s homes?/i },
  { id: 'placed-with-parents', label: 'Children placed with parents', words: /placed with (?:their )?parents|placements? with parents/i },
  { id: 'recording', label: 'Recording', words: /\brecord(?:ing|s|ed)?\b/i, broad: true },
];

/**
 * `topic`: the paragraph's opening sentence, which says whom the paragraph is about ("Care leavers
 * benefit from …" / "Although young people do receive information about their health histories",
 * real-pdf/inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf, paragraph 27).
 */
export function themesOf(sentence: string, topic = ''): string[] {
  const key = `${topic}\u0000${sentence}`;
  let found = SEEN.get(key);
  if (!found) {
    if (SEEN.size >= MAX_SEEN) SEEN.clear();
    found = THEMES.filter((theme) => theme.words.test(sentence) && (!theme.about || theme.about.test(sentence) || theme.about.test(topic))).map((t) => t.id);
    SEEN.set(key, found);
  }
  return [...found];
}

// The linker asks again of the same sentences (each query, each link's matter): each is read once.
const SEEN = new Map<string, readonly string[]>();
const MAX_SEEN = 2_000;

export function isBroadTheme(id: string): boolean {
  return THEMES.find((t) => t.id === id)?.broad === true;
}

export function themeLabel(id: string): string {
  return THEMES.find((t) => t.id === id)?.label ?? id;
}
