export type PopupAboutProps = { onShowOnPage: () => void };

export function PopupAbout({ onShowOnPage }: PopupAboutProps) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', width: '18rem', padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>Ofsted Lens</h1>
      <p style={{ margin: '0 0 0.75rem' }}>
        Reads Ofsted inspection reports on local authority children's services. On reports.ofsted.gov.uk and
        children's services news it shows the grades by itself; on any other page, ask:
      </p>
      <button type="button" onClick={onShowOnPage}>
        Show Ofsted Lens on this page
      </button>
    </main>
  );
}
