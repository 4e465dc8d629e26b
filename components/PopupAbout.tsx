export type PopupAboutProps = {
  onShowOnPage: () => void;
  reportSrc: string | null;
  onOpenReport: () => void;
  /** The compare page, at this tab's report when the library holds it. */
  compareHref: string;
};

export function PopupAbout({ onShowOnPage, reportSrc, onOpenReport, compareHref }: PopupAboutProps) {
  return (
    <main>
      <h1>Ofsted Lens</h1>
      {reportSrc ? (
        <>
          <p style={{ margin: '0 0 0.75rem' }}>This tab shows an Ofsted report PDF. Read it with its grades and earlier inspections:</p>
          <button type="button" onClick={onOpenReport}>
            Open this report in Ofsted Lens
          </button>
        </>
      ) : (
        <>
          <p style={{ margin: '0 0 0.75rem' }}>
            Reads Ofsted inspection reports on local authority children's services. On reports.ofsted.gov.uk and
            the sector's children's services news sites it shows the grades by itself; on any other page, ask:
          </p>
          <button type="button" onClick={onShowOnPage}>
            Show Ofsted Lens on this page
          </button>
        </>
      )}
      <p style={{ margin: '0.75rem 0 0' }}>
        <a class="compare-link" href={compareHref} target="_blank" rel="noopener noreferrer">
          Compare two inspections
        </a>
        {' · '}<a class="library-link" href="library.html" target="_blank" rel="noopener noreferrer">Search your library</a>
      </p>
    </main>
  );
}
