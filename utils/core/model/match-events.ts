// Which of a provider page's listed reports the library already knows: the same PDF (on either
// file host), or a stored document whose inspection started on a date the listing names.
import { isReadFrom } from '../library-identity';
import type { ProviderEvent } from '../page/provider-page';
import type { InspectionRecord } from '../schema/storage';

export function recordForEvent(event: ProviderEvent, records: readonly InspectionRecord[]): InspectionRecord | null {
  return (
    records.find((r) => isReadFrom(r, event.href)) ??
    records.find((r) => r.start !== '' && r.document.kind !== 'news' && event.dates.includes(r.start)) ??
    null
  );
}
