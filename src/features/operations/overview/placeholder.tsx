/** Holds the strip's place (while its code loads, or a first large count runs), so the table below does not move. */
export function OverviewPlaceholder() {
  return <div className="overview-placeholder" aria-hidden="true" />;
}
