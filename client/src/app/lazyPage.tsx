import { Suspense, lazy, type ComponentType } from 'react';
import { PageLoader } from '@/components/PageLoader';

/**
 * A route element whose code loads on first visit, so the sign-in page does not download
 * the signed-in app and vice versa.
 */
export function lazyPage<Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType,
  { fullScreen = false }: { fullScreen?: boolean } = {},
) {
  const Page = lazy(() => load().then((module) => ({ default: pick(module) })));
  return (
    <Suspense fallback={<PageLoader fullScreen={fullScreen} />}>
      <Page />
    </Suspense>
  );
}
