// How many records a site other than Ofsted's may put in the library. A page decides what it says
// and can reload itself under new addresses, each a news record of its own: so each site keeps
// only its newest records of an authority, and a site's pages add only a few new records a minute.
// Ofsted's own hosts are not limited.
import type { InspectionRecord } from './schema/storage';

export const LIBRARY_LIMITS = {
  /** A site's records of one authority kept, newest first: a sector site's reports of a decade's inspections and visits. */
  recordsPerSiteAndAuthority: 10,
  /** New records a site's pages may add within a minute. */
  newRecordsPerMinute: 3,
} as const;

const MINUTE = 60_000;

/** Whether the library limits this record's site: news, read from any site but Ofsted's. */
export const isLimited = (record: Pick<InspectionRecord, 'provenance'>) => record.provenance === 'news';

/** New records each site added in the last minute, held by the background while it runs. */
export class NewRecordRate {
  private readonly added = new Map<string, number[]>();

  /** Whether `site` may add a record at `now`; when it may, the record is counted. */
  take(site: string, now: number): boolean {
    const recent = (this.added.get(site) ?? []).filter((at) => now - at < MINUTE);
    const allowed = recent.length < LIBRARY_LIMITS.newRecordsPerMinute;
    this.added.set(site, allowed ? [...recent, now] : recent);
    return allowed;
  }
}

/** Of one site's records of one authority, those beyond the newest it may keep. */
export function beyondSiteLimit<T extends Pick<InspectionRecord, 'storedAt'>>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => b.storedAt - a.storedAt).slice(LIBRARY_LIMITS.recordsPerSiteAndAuthority);
}
