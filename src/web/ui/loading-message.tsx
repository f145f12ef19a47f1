/** A quiet placeholder while data loads; screen readers hear it once. */
export function LoadingMessage({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
