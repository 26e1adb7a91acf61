import { Navigate, Outlet, useSearchParams } from 'react-router';
import { safeNext } from '@/config/paths';
import { useViewerQuery } from '@/lib/viewer/useViewer';

/** Sign-in and sign-up are for signed-out visitors; a signed-in one goes on into the app. */
export function RedirectIfSignedIn() {
  // Ask the server: right after signing out or a session ending, the cache may still hold
  // the old viewer, and trusting it would bounce the user straight back into the app.
  const { data } = useViewerQuery({ fresh: true });
  const [params] = useSearchParams();
  if (data?.viewer) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}
