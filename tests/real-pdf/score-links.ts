// npx tsx tests/real-pdf/score-links.ts [--detail]: the linker against the hand-labelled pairs, as
// the gold-set test measures it, with each miss and each link no label backs when --detail; then the
// markers the reader would show on Portsmouth's 2023 and 2026 reports with all earlier ones in the library.
// Parsed reports are kept in the system's temp folder between runs (keyed by file), to iterate fast.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, resolve } from 'node:path';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import { findingMarkers, markerShown, DEFAULT_MARKER_FILTER } from '../../utils/core/model/finding-markers';
import type { Report } from '../../utils/core/schema/domain';
import { REAL_PDF } from '../helpers/fixtures';
import { found, goldPairs, judge, madeLinks, score, scoreTable } from './link-gold';

const CACHE = resolve(tmpdir(), 'ofsted-lens-link-cache');

async function report(file: string): Promise<Report> {
  const cached = resolve(CACHE, `${basename(file)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Report;
  const doc = analyseDocument(await readDocument(resolve(REAL_PDF, file))) as Report;
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, JSON.stringify(doc));
  return doc;
}

const detail = process.argv.includes('--detail');
const results = [];
for (const pair of goldPairs()) {
  const [earlier, later] = await Promise.all([report(pair.earlier), report(pair.later)]);
  const links = linkFindings(later, [{ source: `https://files.ofsted.gov.uk/${pair.earlier}`, doc: earlier }]);
  const made = madeLinks(later, links);
  results.push({ gold: pair.links, made, reviewed: pair.reviewed });
  const s = score([{ gold: pair.links, made, reviewed: pair.reviewed }]);
  console.log(`${pair.name}: made ${s.made}, right ${s.right}; explicit ${s.explicitFound}/${s.explicitLabels}; all ${s.labelsFound}/${s.labels}`);
  if (!detail) continue;
  for (const label of pair.links.filter((g) => g.earlier.length > 0)) {
    const hit = found(label, made);
    if (!hit) console.log(`   MISS ${label.explicit ? 'explicit' : 'implicit'} L${label.later} -> E${label.earlier.join(',')} ${label.relation}: ${label.matter}`);
    else if (hit.relation !== label.relation) console.log(`   RELATION L${label.later} -> E${hit.earlier} made ${hit.relation}, labelled ${label.relation}: ${label.matter}`);
  }
  for (const v of judge(pair.links, made, pair.reviewed).filter((v) => !v.right)) {
    console.log(`   ${v.unjudged ? 'UNJUDGED' : 'WRONG'} L${v.made.later} -> E${v.made.earlier} ${v.made.relation}${v.made.explicit ? ' (explicit)' : ''}`);
  }
}
console.log(scoreTable(score(results)));

const PORTSMOUTH = ['2014-09-01', '2018-10-15', '2023-07-03', '2026-08-18'].map((date) => `inspection/80539_portsmouth_cs-inspection_${date}.pdf`);
for (const [i, file] of PORTSMOUTH.entries()) {
  if (i < 2) continue;
  const later = await report(file);
  const earlier = await Promise.all(PORTSMOUTH.slice(0, i).map(async (f) => ({ source: `https://files.ofsted.gov.uk/${f}`, doc: await report(f) })));
  const markers = findingMarkers(later, linkFindings(later, earlier));
  const shown = markers.filter((m) => markerShown(DEFAULT_MARKER_FILTER, m.relation));
  console.log(`${basename(file)} with ${i} earlier in the library: ${markers.length} markers on ${new Set(markers.map((m) => m.findingId)).size} of ${later.findings.length} paragraphs, ${shown.length} shown by default (lasting strengths quiet)`);
}
