export type OptionsFormProps = {
  readListedReports: boolean;
  onReadListedReportsChange: (allowed: boolean) => void;
  openReportsInReader: boolean;
  onOpenReportsInReaderChange: (allowed: boolean) => void;
};

const optionStyle = { display: 'flex', gap: '0.6rem', alignItems: 'flex-start', marginBottom: '1rem' };

export function OptionsForm({ readListedReports, onReadListedReportsChange, openReportsInReader, onOpenReportsInReaderChange }: OptionsFormProps) {
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '1.5rem auto', padding: '0 1rem' }}>
      <h1 style={{ fontSize: '1.3rem' }}>Ofsted Lens options</h1>
      <label style={optionStyle}>
        <input
          type="checkbox"
          name="read-listed-reports"
          checked={readListedReports}
          onChange={(e) => onReadListedReportsChange((e.target as HTMLInputElement).checked)}
        />
        <span>
          <strong>Read the reports an authority's Ofsted page lists.</strong> When you open a local authority's
          children's services page on reports.ofsted.gov.uk, Ofsted Lens fetches the report PDFs it lists from
          files.ofsted.gov.uk (only those it has not read before), reads them on your machine and adds them to
          your library, so each report's findings can be linked to the earlier ones. Off until you turn it on.
        </span>
      </label>
      <label style={optionStyle}>
        <input
          type="checkbox"
          name="open-reports-in-reader"
          checked={openReportsInReader}
          onChange={(e) => onOpenReportsInReaderChange((e.target as HTMLInputElement).checked)}
        />
        <span>
          <strong>Open report PDFs in the Ofsted Lens reader.</strong> A report you open from files.ofsted.gov.uk
          (or files.api.ofsted.gov.uk), by a link or its address, opens in Ofsted Lens's reader, with its grades,
          findings and your notes, instead of the browser's PDF viewer. The reader links to the original PDF,
          which then opens as usual. Off until you turn it on.
        </span>
      </label>
    </main>
  );
}
