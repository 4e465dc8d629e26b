export type OptionsFormProps = { readListedReports: boolean; onReadListedReportsChange: (allowed: boolean) => void };

export function OptionsForm({ readListedReports, onReadListedReportsChange }: OptionsFormProps) {
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '1.5rem auto', padding: '0 1rem' }}>
      <h1 style={{ fontSize: '1.3rem' }}>Ofsted Lens options</h1>
      <label style={{ display: 'flex', gap: '0.6rem', alignItems: 'flex-start' }}>
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
    </main>
  );
}
