export function PopupAbout() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', width: '18rem', padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>Ofsted Lens</h1>
      <p style={{ margin: 0 }}>
        Reads Ofsted inspection reports on local authority children's services. Open a report on
        reports.ofsted.gov.uk to see its grades.
      </p>
    </main>
  );
}
