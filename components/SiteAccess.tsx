// The sites the reader has asked Ofsted Lens to show itself on by itself, each removable, and (in
// the popup) the button that adds this tab's site.

export type SiteAccessProps = {
  /** This tab's site, when it is one the reader could add; null on the options page. */
  site: string | null;
  granted: readonly string[];
  onAlwaysShow: (site: string) => void;
  onRemove: (site: string) => void;
};

const hostOf = (origin: string) => new URL(origin).host;

export function SiteAccess({ site, granted, onAlwaysShow, onRemove }: SiteAccessProps) {
  const canAdd = site !== null && !granted.includes(site);
  if (!canAdd && granted.length === 0) return null;
  return (
    <section class="site-access" aria-labelledby="site-access">
      <h2 id="site-access">Sites Ofsted Lens shows itself on</h2>
      {canAdd && (
        <p>
          <button type="button" onClick={() => onAlwaysShow(site)}>
            Always show Ofsted Lens on this site
          </button>{' '}
          Your browser asks you to allow {hostOf(site)} alone; Ofsted Lens then reads its news and press pages.
        </p>
      )}
      {granted.length > 0 && (
        <ul aria-label="Sites you have added">
          {granted.map((origin) => (
            <li key={origin}>
              {hostOf(origin)}{' '}
              <button type="button" aria-label={`Remove ${hostOf(origin)}`} onClick={() => onRemove(origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
