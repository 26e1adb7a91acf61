import { Navigate, Outlet, useSearchParams } from 'react-router';
import { safeNext } from '@/config/paths';
import { useViewerQuery } from '@/lib/viewer/useViewer';

/** Sign-in and sign-up are for signed-out visitors; a signed-in one goes on into the app. */
export function RedirectIfSignedIn() {
  const { data } = useViewerQuery();
  const [params] = useSearchParams();
  if (data?.viewer) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}
