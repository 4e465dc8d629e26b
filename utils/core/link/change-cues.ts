// What a later report says about change since its last inspection, in its own words: "has
// improved since the last inspection", "remains an area for development", "continues to be a
// strength", "has deteriorated". A finding that says so is speaking of the earlier inspection even
// when it does not name it, and its words, not the two sides' polarity, give the relation.
import type { Relation } from '../schema/domain';

// "has improved little since", "has not improved", "not been addressed": change denied.
const PERSISTING = [
  /\bimproved little\b|\b(?:has|have) not (?:yet )?(?:improved|been (?:addressed|resolved|rectified))\b|\bnot (?:been )?addressed (?:quickly|sufficiently|effectively)/i,
  /\bremains? (?:a |an )?(?:concern|weak(?:ness)?|inconsistent|variable|underdeveloped|too|an area|areas|limited|insufficient|poor|under-developed|a challenge|a priority for improvement)/i,
  /\bcontinues? to (?:be (?:a concern|variable|inconsistent|weak|an area|underdeveloped|too|limited|poor)|lack|need|require)/i,
  /\b(?:there )?continues to be (?:some )?(?:variability|inconsistency|delay|drift|a lack)\b/i,
  /\bcontinues? to (?:wait|experience (?:delay|drift)|face (?:delay|drift)|struggle)\b/i,
  /\bstill (?:an area|too|not|a concern|requires?|needs?|lack|variable|inconsistent|underdeveloped|ha(?:s|ve) (?:\w+ )?(?:too|caseloads|gaps|delays?))\b/i,
  // "Some weaknesses remain", "the pace of change … has been too slow" (real-pdf/inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf, paragraphs 27 and 51)
  /\b(?:weakness(?:es)?|shortfalls?|gaps?|inconsistenc(?:y|ies)) (?:\w+ )?remains?\b|\bpace of (?:change|progress|improvement)[^.]{0,40}\btoo slow\b|\bnot been achieved at the same pace\b/i,
  /\b(?:persistent|ongoing) (?:problems?|weakness(?:es)?|shortfalls?|challenges?)\b/i,
  // "there is a continued shortfall in foster placements", "continued delays in notifications"
  /\bcontinued (?:shortfalls?|lack|delays?|gaps?|weakness(?:es)?)\b/i,
  /\bas (?:was )?(?:found|identified|noted|seen|highlighted|reported) at the (?:last|previous) inspection\b/i,
];

const SUSTAINED = [
  /\bcontinues? to (?:be (?:a (?:particular |real )?strength|strong|effective|good|well|of (?:a )?high|impressive|excellent)|provide|offer|deliver|benefit|receive)/i,
  /\b(?:has|have) (?:been )?(?:sustained|maintained)\b|\bsustained (?:good|strong|high|effective)|\bmaintained (?:good|strong|high|the)/i,
  /\bremain(?:s|ed)? (?:\w+ly )?(?:a (?:particular )?strength|strong|stable|steady|effective|good|outstanding|of (?:a )?high|impressive|excellent)/i,
  /\b(?:has|have) continued\b|\bcontinues? to have (?:\w+ )?(?:strong|good|positive|effective)\b/i,
];

const DECLINED = [
  /\b(?:has|have) (?:deteriorated|declined|worsened|weakened|slipped|fallen)\b|\bdeteriorat(?:ed|ion)\b/i,
  /\b(?:a )?(?:reduction|decline|fall|drop) in the (?:number|proportion|quality|percentage)\b/i,
  /\bno longer (?:as )?(?:effective|strong|good|consistent|timely|robust)\b/i,
];

const IMPROVED = [
  /\b(?:has|have|had) (?:been )?(?:significantly |considerably |substantially |greatly |markedly |steadily |further )?(?:improved|strengthened|enhanced|transformed|progressed|accelerated|addressed|redesigned|resolved)\b/i,
  /\b(?:is|are|was|represents) (?:a |an )?(?:significant |substantial |considerable |notable |marked |clear )?(?:area of )?(?:improve(?:ment|d)|strength(?:ened)?)(?: practice)? (?:since|from|on)\b/i,
  /\b(?:an )?improvement (?:since|from|on) (?:the )?(?:last|previous|prior|20\d\d)\b/i,
  /\b(?:area|areas) of improved practice\b|\bimproved (?:practice|systems|arrangements|access|response) (?:since|are now|is now)/i,
  // "no longer experience delay" (not "no longer require this", "no longer necessary")
  /\bno longer (?:a (?:concern|weakness)|an area|experiences?|waits?|drifts?|delayed|the case)\b/i,
  /\b(?:is|are) now (?:good|strong|effective|consistently|well|timely|held|in place|better|more|much|routinely|a strength|clear)/i,
  /\bnow (?:receive|benefit|have|knows?|understand|held|offered|has|takes?|meets?|gets?)\b/i,
  /\bthere (?:is|has been) (?:an |a |some |considerable |significant )?improvement\b|\bimprovements? (?:to|in) [^.]{0,60}(?:ha(?:s|ve) (?:been|accelerated)|since)/i,
  // "is now more timely", "have become more engaged" (not an aim: "to ensure more timely responses", "if plans were more robust")
  /\b(?:is|are|has become|have become|(?:has|have) been made) (?:now |much |far )?more (?:consistent(?:ly)?|timely|effective(?:ly)?|engaged|robust|accurate|visible)\b|\bmore (?:consistent|timely|effective|robust) (?:than|since|now)\b/i,
  // "Senior managers have acted to tackle the weaknesses identified at the last inspection" (a weakness then, acted on)
  /\b(?:acted|taken (?:\w+ )?action|worked (?:hard |diligently )?) to (?:tackle|address|resolve|remedy|rectify)\b|\b(?:has|have) (?:tackled|remedied|rectified|overcome)\b/i,
  // "Working relationships with the courts continue to improve" (not "plans to continue to improve", nor a recommendation's "Continue to improve")
  /(?<!\bto |^)\b(?:continues|continue|(?:is|are) continuing) to improve\b|\bnow improved\b|\b(?:has|have) consolidated\b/i,
  // "There has been concerted work across the partnership to ensure …", "There has been significant investment in …"
  /\bthere (?:has|have) been (?:a |an )?(?:concerted|considerable|significant|substantial|sustained|strong|clear) (?:effort|work|focus|investment|progress|development)\b/i,
  // "This has led to improved attendance by some partners", "Senior leaders have increased management capacity"
  /\b(?:has|have) led to (?:an? |some |clear |substantial )?(?:improved|improvements?|better)\b|\b(?:has|have) increased (?:the )?(?:number of |management |in-house )?(?:[\w-]+ )?(?:capacity|provision|sufficiency|number)\b/i,
  // "The quality of early help assessments is improving." (not an agent's "is improving their experiences")
  /\b(?:is|are) improving(?=\s*(?:[.,;:]|$)|\s+(?:but|and|for|in|across|steadily|slowly|although|though|while|as|because)\b)|\bincreasingly (?:responsive|effective|strong|well|good|consistent)\b|\bmade (?:\w+ )?progress in\b|\bimprovements in\b/i,
];

/** The change a sentence states, in the order that reads it right ("improved little" is not improved). */
export function changeOf(sentence: string): Relation | null {
  if (PERSISTING.some((cue) => cue.test(sentence))) return 'persisting';
  if (DECLINED.some((cue) => cue.test(sentence))) return 'declined';
  if (SUSTAINED.some((cue) => cue.test(sentence))) return 'sustained';
  if (IMPROVED.some((cue) => cue.test(sentence))) return 'improved';
  return null;
}


// "This remains an active and continued priority", "remains an appropriate focus of activity",
// "areas requiring continued focus": the matter was there before and is still worked on, which says
// it is spoken of since then but not which way it went (the two sides' polarity say that).
// "Historically, Portsmouth children's services have experienced stability in the workforce.": how it was before.
const STILL_WORKED_ON = /\bremains? (?:an? )?(?:\w+ )?(?:and \w+ )?(?:priority|focus)\b|\bcontinued focus\b|\b(?:has|have) been (?:a|an) (?:\w+ )?(?:area of )?(?:focus|priority)\b|^Historically,/i;

/** Whether a sentence speaks of a matter as it was before or carried on since, with no change stated. */
export function carriesOn(sentence: string): boolean {
  return STILL_WORKED_ON.test(sentence);
}
