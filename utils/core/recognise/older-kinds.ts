// Ofsted's own documents on a council's children's services, of kinds older than the frameworks
// Ofsted Lens reads, so recognised as no kind (`recognise` gives null): told apart only to be
// named for what they are (`analyse --summary`: "ofsted (older kind, not read)"), never read for
// grades. The corpus holds three: the 2009 inspection of progress in safeguarding
// (real-pdf/inspection/80498_haringey_jtai_2009-07-03.pdf), the 2013 inspection of looked after
// children services (real-pdf/inspection/80476_kent_cs-inspection_2013-08-23.pdf) and a 2015 LSCB
// review published apart from its SIF report (real-pdf/inspection/80567_surrey_cs-inspection_2015-08-03.pdf).
import { isOfstedHost } from '../sites';
import { APOS } from '../vocabulary/titles';
import type { PageInput } from './detectors';

/** Ofsted's hand: its web address under the title (2009, 2013), or its inspectors named as Ofsted's (2015). */
const OFSTED_SIGNED = [/\bwww\.ofsted\.gov\.uk\b/i, new RegExp(String.raw`\bMajesty${APOS}s Inspectors? \(HMI\) from Ofsted\b`)];
// The title, in the first lines: what the document inspected.
const TITLE_LENGTH = 300;
const CHILDRENS_SERVICES_TITLE = /\b(?:safeguarding|looked after children|children looked after|Local Safeguarding Children Board)\b/i;
// Area SEND inspections (real-pdf/not-ours/) are Ofsted's too, with the CQC's, but of another remit.
const OTHER_REMIT_TITLE = /\bSEND\b|\bspecial educational needs\b/i;

/** For a document `recognise` gave no kind: whether it is Ofsted's, on a council's children's services, of an older kind. */
export function isOlderOfstedKind(input: PageInput): boolean {
  const signed = isOfstedHost(input.url) || OFSTED_SIGNED.some((pattern) => pattern.test(input.text));
  const title = input.text.slice(0, TITLE_LENGTH);
  return signed && CHILDRENS_SERVICES_TITLE.test(title) && !OTHER_REMIT_TITLE.test(title);
}

/** The openings of the three, as pdf.js reads them, each with the line that signs it Ofsted's. */
export const OLDER_KIND_EXAMPLES: readonly string[] = [
  'Inspection of progress made in the provision of safeguarding services in the London Borough of Haringey\n\nCare Quality Commission\nHM Inspectorate of Constabulary\nOfsted\n\nAge group: All\nPublished: 3 July 2009\n\nWebsite: www.ofsted.gov.uk',
  'Inspection of looked after children services\nKent County Council\n\nInspection dates:\t15 – 19 July 2013\nReporting inspector Helen Cawston HMI\n\nWebsite: www.ofsted.gov.uk',
  'Surrey Safeguarding Children Board Review of the effectiveness of the Local Safeguarding Children Board\nInspection date: 15 June 2015 – 17 June 2015\nReport published: 3 August 2015\n\nThe inspection team consisted of two of Her Majesty’s Inspectors (HMI) from Ofsted.',
];
