// "Portsmouth City Council", "Portsmouth" and "the City of Portsmouth" must meet at one key.
const PREFIXES = [
  /^the\s+/,
  /^london borough of\s+/,
  /^royal borough of\s+/,
  /^metropolitan borough of\s+/,
  /^borough of\s+/,
  /^city of\s+/,
  /^county of\s+/,
];
const SUFFIXES = [
  /\s+metropolitan borough council$/,
  /\s+metropolitan district council$/,
  /\s+royal borough council$/,
  /\s+borough council$/,
  /\s+city council$/,
  /\s+county council$/,
  /\s+district council$/,
  /(?:^|\s+)council$/,
  /\s+local authority$/,
  // "Inspection of Portsmouth City local authority children's services" (real-pdf/inspection/80539_portsmouth_cs-inspection_2026-08-18.pdf).
  /\s+city$/,
  /\s+children['’]s services$/,
];
const ALIASES: Record<string, string> = {
  hull: 'kingston-upon-hull',
  'bristol-city-of': 'bristol',
  'herefordshire-county-of': 'herefordshire',
  'brighton-hove': 'brighton-and-hove',
  'telford-wrekin': 'telford-and-wrekin',
};

export function authorityKey(name: string): string | null {
  let plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
  plain = plain.replace(/['’]s$/, '');
  for (const prefix of PREFIXES) plain = plain.replace(prefix, '');
  for (const suffix of SUFFIXES) plain = plain.replace(suffix, '');
  const slug = plain
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return null;
  return ALIASES[slug] ?? slug;
}
