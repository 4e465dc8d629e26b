import type { ComponentChildren } from 'preact';

/** What data comes with the extension, and how old it is. */
export type BundledData = { officialSource: string; registerSource: string; asAt: string; age: string };

export type OptionsFormProps = {
  bundledData: BundledData;
  readListedReports: boolean;
  onReadListedReportsChange: (allowed: boolean) => void;
  openReportsInReader: boolean;
  onOpenReportsInReaderChange: (allowed: boolean) => void;
  /** The sites the reader has added, drawn after the choices. */
  children?: ComponentChildren;
  /** The library's records, drawn last: the longest part of the page. */
  library?: ComponentChildren;
};

/** One on/off choice: its box, then what it does in words. */
function Choice({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: (on: boolean) => void; children: ComponentChildren }) {
  return (
    <label class="option">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <span>{children}</span>
    </label>
  );
}

export function OptionsForm({ bundledData, readListedReports, onReadListedReportsChange, openReportsInReader, onOpenReportsInReaderChange, children, library }: OptionsFormProps) {
  return (
    <main class="options">
      <h1>Ofsted Lens options</h1>
      <Choice name="read-listed-reports" checked={readListedReports} onChange={onReadListedReportsChange}>
          <strong>Read the reports an authority's Ofsted page lists.</strong> When you open a local authority's
          children's services page on reports.ofsted.gov.uk, Ofsted Lens fetches the report PDFs it lists from
          files.ofsted.gov.uk (only those it has not read before), reads them on your machine and adds them to
          your library, so each report's findings can be linked to the earlier ones. Off until you turn it on.
      </Choice>
      <Choice name="open-reports-in-reader" checked={openReportsInReader} onChange={onOpenReportsInReaderChange}>
          <strong>Open report PDFs in the Ofsted Lens reader.</strong> A report you open from files.ofsted.gov.uk
          (or files.api.ofsted.gov.uk), by a link or its address, opens in Ofsted Lens's reader, with its grades,
          findings and your notes, instead of the browser's PDF viewer. The reader links to the original PDF,
          which then opens as usual. Off until you turn it on.
      </Choice>
      {children}
      <section aria-labelledby="bundled-data">
        <h2 id="bundled-data">Data that comes with Ofsted Lens</h2>
        <p>
          <strong>Every local authority inspection's grades,</strong> from {bundledData.officialSource} (published
          September 2025, Open Government Licence v3.0): each inspection of local authority children's services
          (ILACS) from 2018 to 31 March 2025, with its dates and judgements, and each authority's latest judgements.
          The panel and the popup show them as each authority's history, England's picture and its statistical
          neighbours' grades, always labelled with that source. They never replace the grades a report you read
          states: where the two differ, both are shown.
        </p>
        <p>
          <strong>The register of England's 153 children's services authorities</strong> (names, Ofsted and DfE
          codes, statistical neighbours): {bundledData.registerSource}.
        </p>
        <p data-data-age="">
          Both are as at {bundledData.asAt}, {bundledData.age} old: inspections published since then are not in
          them, though the reports you read are. Nothing is fetched to update them; a new version of Ofsted Lens
          brings newer data.
        </p>
      </section>
      {library}
    </main>
  );
}
