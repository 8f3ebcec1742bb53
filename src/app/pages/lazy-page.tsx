// Pages whose code is loaded apart, when first shown: a viewer opening a
// shared watch page does not download the catalog pages, nor one browsing
// the catalog the player, until they go there.
//
// Not React.lazy with Suspense: React holds back a Suspense boundary's
// content for up to 300 ms after showing its fallback (to avoid flicker), and
// a shared link's first frame would wait for that.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { LoadFailed } from './load-failed';
import { retryableImport } from '@/player/core/retryable-import';

export interface LazyPage<M, P> {
  /** The page: its code's fallback while it loads, a way to retry if it cannot. */
  Page: ComponentType<P>;
  /** Loads the page's code, once (a likely click ahead, or a prerendered page about to be taken over). */
  load(): Promise<M>;
  /** The page's code is here already (the prerenderer imports it up front): the page renders with it at once. */
  prime(module: M): void;
}

export function lazyPage<M, P extends object>(
  importPage: () => Promise<M>,
  pageOf: (module: M) => ComponentType<P>,
  { what, fallback }: { what: string; fallback: ReactNode },
): LazyPage<M, P> {
  let request: Promise<M> | undefined;
  let loaded: M | undefined;
  const importAgain = retryableImport(importPage);
  const load = () =>
    (request ??= importAgain().then(
      (module) => (loaded = module),
      (error: unknown) => {
        request = undefined; // let the next attempt fetch again
        throw error;
      },
    ));

  function Page(props: P) {
    const [module, setModule] = useState<M | undefined>(loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (module) return;
      let current = true;
      load().then(
        (page) => current && setModule(page),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, [module, attempt]);

    if (module) {
      const Loaded = pageOf(module);
      return <Loaded {...props} />;
    }
    if (failed) {
      return (
        <LoadFailed
          what={what}
          retry={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    return <>{fallback}</>;
  }

  return {
    Page,
    load,
    prime: (module) => {
      loaded = module;
    },
  };
}
