import { isPublicPath, paths } from '@/config/paths';
import { createApolloClient } from '@/lib/apollo';
import { router } from './router';

/** The one client of the app. A request that finds the session gone leads to sign-in. */
export const apolloClient = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (isPublicPath(pathname)) return;
    void router.navigate(paths.signIn.to(pathname + search), { replace: true }).then(() => apolloClient.clearStore());
  },
});
