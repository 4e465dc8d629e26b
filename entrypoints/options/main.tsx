import { render } from 'preact';
import { OptionsForm, type BundledData } from '../../components/OptionsForm';
import { SiteAccess } from '../../components/SiteAccess';
import { LensDb } from '../../utils/browser/library/lens-db';
import { counted } from '../../utils/core/model/library-words';
import { LibrarySection } from './library-section';
// The sources' labels and date only: the tables themselves stay out of this page.
import { BUNDLED_AS_AT, OFFICIAL_SOURCE_LABEL, REGISTER_SOURCE_LABEL } from '../../utils/core/authorities/bundled-data';
import { formatLongDate } from '../../utils/core/dates';
import { grantedSites, removeSite } from '../../utils/browser/extension/newsroom-sites';
import { openReportsInReaderAllowed, readListedReportsAllowed, setOpenReportsInReader, setReadListedReports } from '../../utils/browser/extension/settings';

type Options = { readListedReports: boolean; openReportsInReader: boolean; granted: string[] };

/** "1 year and 8 months": how long ago `iso` was, in whole months. */
function ageOf(iso: string, now = new Date()): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const months = (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month) - (now.getUTCDate() < day ? 1 : 0);
  if (months < 1) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years > 0 && counted(years, 'year'), rest > 0 && counted(rest, 'month')].filter(Boolean).join(' and ');
}

const bundledData: BundledData = { officialSource: OFFICIAL_SOURCE_LABEL, registerSource: REGISTER_SOURCE_LABEL, asAt: formatLongDate(BUNDLED_AS_AT), age: ageOf(BUNDLED_AS_AT) };

async function main() {
  const root = document.getElementById('app')!;
  // An extension page: it opens the library itself, as the popup does.
  const library = <LibrarySection db={new LensDb()} />;
  // Each option is stored as it is switched; the background acts on the change.
  const show = (options: Options) =>
    render(
      <OptionsForm
        bundledData={bundledData}
        readListedReports={options.readListedReports}
        onReadListedReportsChange={(next) => void setReadListedReports(next).then(() => show({ ...options, readListedReports: next }))}
        openReportsInReader={options.openReportsInReader}
        onOpenReportsInReaderChange={(next) => void setOpenReportsInReader(next).then(() => show({ ...options, openReportsInReader: next }))}
        library={library}
      >
        <SiteAccess
          site={null}
          granted={options.granted}
          onAlwaysShow={() => undefined}
          onRemove={(origin) => void removeSite(origin).then(grantedSites).then((granted) => show({ ...options, granted }))}
        />
      </OptionsForm>,
      root,
    );
  const [readListedReports, openReportsInReader, granted] = await Promise.all([readListedReportsAllowed(), openReportsInReaderAllowed(), grantedSites().catch(() => [])]);
  show({ readListedReports, openReportsInReader, granted });
}

void main();
