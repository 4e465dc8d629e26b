// The register of authorities (utils/core/authorities/register.ts, generated from
// ../shared/data/ofsted/local-authorities.csv) held to the CSV row by row, and the matcher held to
// the names people use: every official, ONS and other name, the trusts, the short forms, and the
// headlines news gives. A name the register does not know gets no authority.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/csv';
import {
  AUTHORITIES,
  FORMER_AUTHORITIES,
  authorityByDfeCode,
  authorityByKey,
  authorityByUrn,
  findAuthority,
  findAuthorityInHeadline,
} from '../../utils/core/authorities/match';

const rows = readCsv('local-authorities.csv');
const FORMER_URNS = new Set(['135513', '121939', '137316']); // Cumbria, Northamptonshire, Poole
const currentRows = rows.filter((r) => !FORMER_URNS.has(r.urn!));
const label = (r: Record<string, string>) => `${r.local_authority_ons_name} (${r.urn})`;

/** The row's also_known_as list: its own names with commas in them ("Bournemouth, Christchurch & Poole") kept whole. */
function alsoKnownAs(row: Record<string, string>): string[] {
  let rest = (row.also_known_as ?? '').replace(/^\[|\]$/g, '');
  const whole: string[] = [];
  for (const own of [row.local_authority_ons_name!, row.ltla23nm!].filter((n) => n.includes(','))) {
    for (const spelling of [own, own.replace(/ and /g, ' & ')]) {
      if (rest.includes(spelling)) {
        whole.push(spelling);
        rest = rest.replace(spelling, '');
      }
    }
  }
  return [...whole, ...rest.split(',').map((n) => n.trim()).filter(Boolean)];
}

describe('the register', () => {
  it('has the 153 authorities with children’s services, and the CSV’s three former ones apart', () => {
    expect(rows).toHaveLength(156);
    expect(AUTHORITIES).toHaveLength(153);
    expect(FORMER_AUTHORITIES.map((a) => a.key).sort()).toEqual(['bournemouth', 'cumbria', 'northamptonshire', 'poole']);
  });

  it.each(currentRows.map((r) => [label(r), r] as const))('loads %s with a key and every field', (_label, row) => {
    const authority = authorityByUrn(row.urn!);
    expect(authority).not.toBeNull();
    expect(authority).toMatchObject({ urn: row.urn, dfeCode: row.la_code, onsCode: row.la_code_new, region: row.region_name, current: true });
    expect(authority!.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(authority!.domain).toBe(row.domain!.toLowerCase());
    expect(authority!.neighbours).toEqual(row.stat_neighbours!.split(',').map((c) => authorityByDfeCode(c.trim())!.key));
    expect(authorityByDfeCode(row.la_code!)).toBe(authority);
    expect(authorityByKey(authority!.key)).toBe(authority);
  });

  it('gives no two authorities the same key', () => {
    const keys = [...AUTHORITIES, ...FORMER_AUTHORITIES].map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys as the brief names them', () => {
    expect(authorityByUrn('80539')?.key).toBe('portsmouth');
    expect(authorityByUrn('80465')?.key).toBe('durham');
    expect(authorityByDfeCode('839')?.key).toBe('bournemouth-christchurch-and-poole');
  });

  it('gives each former authority its successors', () => {
    expect(authorityByKey('cumbria')).toMatchObject({ current: false, succeededBy: ['cumberland', 'westmorland-and-furness'], neighbours: [] });
    expect(authorityByKey('northamptonshire')?.succeededBy).toEqual(['north-northamptonshire', 'west-northamptonshire']);
    expect(authorityByKey('poole')?.succeededBy).toEqual(['bournemouth-christchurch-and-poole']);
  });
});

describe('every authority is found by each of its names', () => {
  it.each(rows.map((r) => [label(r), r] as const))('%s', (_label, row) => {
    const key = authorityByUrn(row.urn!)!.key;
    const names = [row.local_authority_ons_name!, row.ltla23nm!, row.utla23nm!, ...alsoKnownAs(row)].filter(Boolean);
    for (const name of names) expect(findAuthority(name)?.key, name).toBe(key);
  });
});

describe('names as people write them', () => {
  it.each([
    ['Portsmouth City Council', 'portsmouth'],
    ['Portsmouth City', 'portsmouth'],
    ['the City of Portsmouth', 'portsmouth'],
    ['London Borough of Hounslow', 'hounslow'],
    ['the London Borough of Croydon', 'croydon'],
    ['Durham County Council', 'durham'],
    ['County Durham', 'durham'],
    ['Southend', 'southend-on-sea'],
    ['Southend-on-Sea city council', 'southend-on-sea'],
    ['Southend-On-Sea Borough Council', 'southend-on-sea'],
    ['Stoke', 'stoke-on-trent'],
    ['Stoke-on-Trent City Council', 'stoke-on-trent'],
    ['BCP Council', 'bournemouth-christchurch-and-poole'],
    ['Bournemouth, Christchurch & Poole Council', 'bournemouth-christchurch-and-poole'],
    ['Richmond', 'richmond-upon-thames'],
    ['London Borough of Richmond upon Thames', 'richmond-upon-thames'],
    ['Isles of Scilly', 'isles-of-scilly'],
    ['Council of the Isles of Scilly', 'isles-of-scilly'],
    ['Bradford Children and Families Trust', 'bradford'],
    ['City of Bradford Metropolitan District Council', 'bradford'],
    ["Doncaster Children's Services Trust", 'doncaster'],
    ['City of Doncaster Council', 'doncaster'],
    ['Together for Children Sunderland', 'sunderland'],
    ['Slough Children First', 'slough'],
    ['Slough Borough Council', 'slough'],
    ['Bedford Borough', 'bedford'],
    ['Bedford Borough Council', 'bedford'],
    ['East Riding', 'east-riding-of-yorkshire'],
    ['East Riding of Yorkshire Council', 'east-riding-of-yorkshire'],
    ['Hull', 'kingston-upon-hull'],
    ['Hull City Council', 'kingston-upon-hull'],
    ['Bristol City Council', 'bristol'],
    ['Herefordshire, County of', 'herefordshire'],
    ['Brighton & Hove City Council', 'brighton-and-hove'],
    ['Telford & Wrekin Council', 'telford-and-wrekin'],
    ['Royal Borough of Kensington and Chelsea', 'kensington-and-chelsea'],
    ['Royal Borough of Windsor and Maidenhead', 'windsor-and-maidenhead'],
    ['Tameside Metropolitan Borough Council', 'tameside'],
    ['Trafford Metropolitan Borough', 'trafford'],
    ['City of Westminster', 'westminster'],
    ['City of London', 'city-of-london'],
    ['City of London Corporation', 'city-of-london'],
    ["St Helens Council's", 'st-helens'],
    ['St. Helens', 'st-helens'],
    ['Leicester City', 'leicester'],
    ['Nottingham City Council', 'nottingham'],
    ['Nottinghamshire County Council', 'nottinghamshire'],
    ['Newcastle City Council', 'newcastle-upon-tyne'],
    ['Cumbria County Council', 'cumbria'],
  ])('"%s" is %s', (name, key) => {
    expect(findAuthority(name)?.key).toBe(key);
  });

  it.each([
    ['a name several authorities share', 'Achieving for Children'],
    ['a trust that ran two', "Northamptonshire Children's Trust"],
    ['a fictional county', 'Testshire County Council'],
    ['a fictional borough', 'London Borough of Eastfield'],
    ['a fictional city', 'Westmere'],
    ['a region', 'London'],
    ['a short form two authorities could have', 'Kingston'],
    ['a district council with no children’s services', 'Newcastle-under-Lyme Borough Council'],
    ['council words alone', 'Council'],
    ['nothing', ''],
    ['a report’s sentence read as a name', 'Slough Children First This letter summarises the findings of a focused visit to Slough'],
  ])('%s ("%s") is no authority', (_what, name) => {
    expect(findAuthority(name)).toBeNull();
  });
});

describe('the authority a headline names', () => {
  it.each([
    ["Inadequate rating for Birmingham children's services", 'birmingham'],
    ["Ofsted rates Portsmouth 'good'", 'portsmouth'],
    ["Sandwell children's services rated inadequate", 'sandwell'],
    ["Doncaster's children's services judged good", 'doncaster'],
    ["Bradford Children and Families Trust 'requires improvement'", 'bradford'],
    ["Kingston upon Hull children's services inadequate", 'kingston-upon-hull'],
    ["Southend-on-Sea children's services require improvement", 'southend-on-sea'],
    ['Ofsted: Council of the Isles of Scilly is good', 'isles-of-scilly'],
    ["County Durham's children's services improve", 'durham'],
    ["BIRMINGHAM CHILDREN'S SERVICES RATED INADEQUATE", 'birmingham'],
    ["Ofsted rates Reading 'good'", 'reading'],
    ["Reading children's services improve", 'reading'],
    ["Achieving for Children: Richmond's services good", 'richmond-upon-thames'],
  ])('"%s" is %s', (headline, key) => {
    expect(findAuthorityInHeadline(headline)?.key).toBe(key);
  });

  it.each([
    ['names no authority', "Children's services inspections: what changed in 2023"],
    ['names a fictional one', "Testshire children's services rated good"],
    ['names two', 'Birmingham and Sandwell ratings compared'],
    ['names only a shared trust', 'Achieving for Children rated good'],
    ['opens on an everyday word', 'Reading between the lines of the Ofsted report'],
    ['has a place name in lower case', 'a good reading of the report'],
  ])('is none when the headline %s', (_what, headline) => {
    expect(findAuthorityInHeadline(headline)).toBeNull();
  });
});
