// Which authority a news article is about, from what it says: its headline first, then the
// usual ways sector and council news name the authority.
const NAME = String.raw`((?:[A-Z][\w'’-]*|of|upon|and|on|the)(?:\s+(?:[A-Z][\w'’-]*|of|upon|and|on|the)){0,5})`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\bOfsted\s+(?:rates|judges|grades|finds|praises|criticises)\s+${NAME}`),
  new RegExp(String.raw`\b${NAME}(?:['’]s)?\s+children['’]s services\s+(?:(?:have|has)\s+been\s+|are\s+|is\s+|were\s+|was\s+)?(?:rated|judged|graded|found|praised|criticised|given)`),
  new RegExp(String.raw`\b(?:services for children|children['’]s services|children's social care)(?:\s+and\s+young\s+people)?\s+in\s+${NAME}`),
  new RegExp(String.raw`\bInspection of local authority children['’]s services,?\s+${NAME}`),
  new RegExp(String.raw`\bInspection of ${NAME} local authority children['’]s services`),
  new RegExp(String.raw`\b${NAME}\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council['’]s\s+children['’]s services`),
  new RegExp(String.raw`\b(?:visits?|visited|inspect(?:s|ed|ion of)?|visit to|inspection of)\s+${NAME}['’]s\s+children['’]s services`),
  new RegExp(String.raw`\b${NAME}['’]s\s+children['’]s services`),
  // Last: any council the article names ("… the way Ashcombe Borough Council supports …").
  /\b((?:[A-Z][\w'’-]*\s+){1,3}(?:City|County|Borough|Metropolitan Borough|District)\s+Council)\b/,
  /\b(London Borough of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b/,
];
const NOT_A_PLACE = /^(?:The|This|Its|Their|Our|Ofsted|Council|Services|Children|Inspectors?|Local|England|UK|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function tidy(name: string): string | null {
  const words = name.trim().replace(/['’]s$/, '').split(/\s+/);
  while (words.length > 0 && /^(?:of|upon|and|on|the)$/i.test(words[words.length - 1]!)) words.pop();
  while (words.length > 0 && /^(?:the|The)$/.test(words[0]!)) words.shift();
  const cleaned = words.join(' ');
  if (!cleaned || NOT_A_PLACE.test(cleaned)) return null;
  return cleaned;
}

export function findNewsAuthority(headline: string | null, body: string): string | null {
  for (const text of [headline ?? '', body]) {
    for (const pattern of PATTERNS) {
      const match = pattern.exec(text);
      const name = match?.[1] ? tidy(match[1]) : null;
      if (name) return name;
    }
  }
  return null;
}
