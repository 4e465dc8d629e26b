// How many records a site other than Ofsted's may put in the library. A page decides what it says
// and can reload itself under new addresses, each a news record of its own: so each site keeps
// only its newest records of an authority, and a site's pages add only a few new records a minute.
// Ofsted's own hosts are not limited.
import type { InspectionRecord, RecentRecords } from './schema/storage';

export const LIBRARY_LIMITS = {
  /** A site's records of one authority kept, newest first: a sector site's reports of a decade's inspections and visits. */
  recordsPerSiteAndAuthority: 10,
  /** New records a site's pages may add within a minute. */
  newRecordsPerMinute: 3,
} as const;

const MINUTE = 60_000;

/** Whether the library limits this record's site: news, read from any site but Ofsted's. */
export const isLimited = (record: Pick<InspectionRecord, 'provenance'>) => record.provenance === 'news';

/**
 * New records each site added in the last minute. The background holds it while it runs, and hands
 * each change to `changed` so that what it counted can outlive a restart of the background.
 */
export class NewRecordRate {
  private readonly added: Map<string, number[]>;

  constructor(
    recent: RecentRecords = {},
    private readonly changed?: (recent: RecentRecords) => void,
  ) {
    this.added = new Map(Object.entries(recent));
  }

  /** Whether `site` may add a record at `now`; when it may, the record is counted. */
  take(site: string, now: number): boolean {
    for (const [other, times] of this.added) {
      const recent = times.filter((at) => now - at < MINUTE);
      if (recent.length > 0) this.added.set(other, recent);
      else this.added.delete(other);
    }
    const recent = this.added.get(site) ?? [];
    const allowed = recent.length < LIBRARY_LIMITS.newRecordsPerMinute;
    if (allowed) this.added.set(site, [...recent, now]);
    this.changed?.(Object.fromEntries(this.added));
    return allowed;
  }
}

/** Of one site's records of one authority, those beyond the newest it may keep. */
export function beyondSiteLimit<T extends Pick<InspectionRecord, 'storedAt'>>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => b.storedAt - a.storedAt).slice(LIBRARY_LIMITS.recordsPerSiteAndAuthority);
}
