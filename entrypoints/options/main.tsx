import { render } from 'preact';
import { OptionsForm } from '../../components/OptionsForm';
import { readListedReportsAllowed, setReadListedReports } from '../../utils/extension/settings';

async function main() {
  const root = document.getElementById('app')!;
  const show = (allowed: boolean) =>
    render(
      <OptionsForm
        readListedReports={allowed}
        onReadListedReportsChange={(next) => void setReadListedReports(next).then(() => show(next))}
      />,
      root,
    );
  show(await readListedReportsAllowed());
}

void main();
