// What a page shows while its code or data is on the way.

/** While the watch page's code or an episode's module loads. */
export function LoadingEpisode() {
  return <Loading>Loading episode…</Loading>;
}

/** A status line that only appears when loading takes long enough to notice (see app.css). */
export function Loading({ children }: { children: string }) {
  return (
    <p className="loading" role="status">
      {children}
    </p>
  );
}
