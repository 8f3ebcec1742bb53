// The app: picks the page for the current URL and does what a page change
// should (title, focus on the new heading, scroll position).
import { useLayoutEffect, useRef } from 'react';
import { SITE_NAME } from '@/content/site';
import { matchRoute, useNavigation, type Navigation, type Route } from './router';
import { Link } from './link';
import { LazyHomePage, LazyShowPage, LazyShowsPage, LazyTechnologiesPage, LazyTechnologyPage } from './pages/catalog-page-loaders';
import { LazyEmbedNotFound, LazyNotFoundPage } from './pages/not-found-page-loader';
import { focusHeadingWhenShown, removeServedPageTranscript, restoreScroll } from './page-change';
import { LazyWatchPage } from './pages/watch-page-loader';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <LazyHomePage />;
    case 'watch':
      return (
        <LazyWatchPage key={route.slug} slug={route.slug} />
      );
    case 'show':
      return <LazyShowPage key={route.id} id={route.id} />;
    case 'technology':
      return <LazyTechnologyPage key={route.id} id={route.id} />;
    case 'shows':
      return <LazyShowsPage />;
    case 'technologies':
      return <LazyTechnologiesPage />;
    case 'not-found':
      return <LazyNotFoundPage />;
    case 'embed':
      // Every embed page the build made starts from its own entry (embed-main.tsx): the app only meets the others.
      return <LazyEmbedNotFound />;
  }
}

export function App() {
  const navigation = useNavigation();
  const route = matchRoute(navigation.url.pathname);
  usePageChange(navigation);
  // The player alone, in another site's frame: no skip link, header or site navigation.
  if (route.page === 'embed') return <Page route={route} />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="site-name">
          {SITE_NAME}
        </Link>
        <nav className="site-nav" aria-label="Site">
          <Link href="/shows" aria-current={route.page === 'shows' ? 'page' : undefined}>Shows</Link>
          <Link href="/technologies" aria-current={route.page === 'technologies' ? 'page' : undefined}>Technologies</Link>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

/**
 * After a client-side page change: back/forward returns to where that page
 * was scrolled, a new page starts at the top, and focus moves to the new
 * page's heading. A new search or filter on the same page does neither. A
 * reload returns to where the page was.
 */
function usePageChange(navigation: Navigation) {
  const shown = useRef<URL | undefined>(undefined);
  useLayoutEffect(() => {
    const previous = shown.current;
    shown.current = navigation.url;
    const { kind, url, savedScrollY } = navigation;
    if (kind === 'load') return savedScrollY ? restoreScroll(savedScrollY) : undefined;

    const newPage = previous?.pathname !== url.pathname;
    if (newPage) removeServedPageTranscript();
    const newView = newPage || previous?.search !== url.search;
    const stops: Array<() => void> = [];
    if (kind === 'back-forward' && newView) stops.push(restoreScroll(savedScrollY ?? 0));
    else if (newPage) window.scrollTo(0, 0);
    if (newPage) stops.push(focusHeadingWhenShown());
    return () => stops.forEach((stop) => stop());
  }, [navigation]);
}
