// When the episode list could not be fetched (offline, a new deploy removed old files).
export function LoadFailed({ what, retry }: { what: string; retry: () => void }) {
  return (
    <div className="load-failed" role="alert">
      <p>Could not load {what}. Check your connection and try again.</p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}
