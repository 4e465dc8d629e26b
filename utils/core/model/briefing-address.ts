// The briefing page's address: relative, as every extension page sits beside the others. Apart from
// briefing.ts, so the panel links the briefing without loading what it is worked out with.

/** briefing.html for a report the library holds (by its source), or for an authority's latest report (by its key). */
export function briefingHref(of: { report: string } | { authority: string }): string {
  const params = new URLSearchParams('report' in of ? { report: of.report } : { authority: of.authority });
  return `briefing.html?${params.toString()}`;
}
