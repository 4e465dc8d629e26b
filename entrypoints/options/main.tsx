import { render } from 'preact';
import { OptionsForm } from '../../components/OptionsForm';
import { openReportsInReaderAllowed, readListedReportsAllowed, setOpenReportsInReader, setReadListedReports } from '../../utils/extension/settings';

type Options = { readListedReports: boolean; openReportsInReader: boolean };

async function main() {
  const root = document.getElementById('app')!;
  // Each option is stored as it is switched; the background acts on the change.
  const show = (options: Options) =>
    render(
      <OptionsForm
        readListedReports={options.readListedReports}
        onReadListedReportsChange={(next) => void setReadListedReports(next).then(() => show({ ...options, readListedReports: next }))}
        openReportsInReader={options.openReportsInReader}
        onOpenReportsInReaderChange={(next) => void setOpenReportsInReader(next).then(() => show({ ...options, openReportsInReader: next }))}
      />,
      root,
    );
  const [readListedReports, openReportsInReader] = await Promise.all([readListedReportsAllowed(), openReportsInReaderAllowed()]);
  show({ readListedReports, openReportsInReader });
}

void main();
