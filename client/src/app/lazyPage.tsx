import { Suspense, lazy, type ComponentType } from 'react';
import { PageLoader } from '@/components/PageLoader';

/**
 * `React.lazy` for a named export: `lazyNamed(() => import('./Page').then((m) => m.Page))`.
 * The module loads when the component first renders.
 */
export function lazyNamed<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

/**
 * A route element whose code loads on first visit, so the sign-in page does not download
 * the signed-in app and vice versa.
 */
export function lazyPage(load: () => Promise<ComponentType>, { fullScreen = false }: { fullScreen?: boolean } = {}) {
  const Page = lazyNamed(load);
  return (
    <Suspense fallback={<PageLoader fullScreen={fullScreen} />}>
      <Page />
    </Suspense>
  );
}
