// What the list shows while page 1 is on its way (after main.tsx has waited FIRST_DATA_WAIT_MS for it).
export function ListSkeleton() {
  return (
    <div className="ops-skeleton" aria-busy="true">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="ops-skeleton-row" />
      ))}
    </div>
  );
}
