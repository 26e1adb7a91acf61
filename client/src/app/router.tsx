import { createBrowserRouter } from 'react-router';
import { paths } from '@/config/paths';
import { lazyPage } from './lazyPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { RedirectIfSignedIn } from './routes/RedirectIfSignedIn';
import { RequireViewer } from './routes/RequireViewer';
import { RouteErrorBoundary } from './routes/RouteErrorBoundary';

const publicPage = { fullScreen: true };

/**
 * `/people/:personId` renders nothing of its own: the chart's drawer shows the person.
 * Likewise `/plans/:planId/:tab`: the plan page reads the tab from the URL.
 */
function Nothing() {
  return null;
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        element: <RedirectIfSignedIn />,
        children: [
          {
            path: paths.signIn.pattern,
            element: lazyPage(() => import('@/features/auth/routes/SignInPage').then((m) => m.SignInPage), publicPage),
          },
          {
            path: paths.signUp.pattern,
            element: lazyPage(() => import('@/features/auth/routes/SignUpPage').then((m) => m.SignUpPage), publicPage),
          },
        ],
      },
      {
        path: paths.invitation.pattern,
        element: lazyPage(
          () => import('@/features/auth/routes/AcceptInvitationPage').then((m) => m.AcceptInvitationPage),
          publicPage,
        ),
      },
      {
        element: <RequireViewer />,
        children: [
          {
            element: lazyPage(() => import('./shell/AppLayout').then((m) => m.AppLayout), publicPage),
            children: [
              {
                errorElement: <RouteErrorBoundary />,
                children: [
                  {
                    path: paths.home.pattern,
                    element: lazyPage(() => import('@/features/home/routes/HomePage').then((m) => m.HomePage)),
                  },
                  {
                    path: paths.people.pattern,
                    element: lazyPage(() => import('@/features/people/routes/PeoplePage').then((m) => m.PeoplePage)),
                    // The person's drawer opens over the chart; PeoplePage reads the id from the URL.
                    children: [{ path: paths.person.pattern, Component: Nothing }],
                  },
                  {
                    path: paths.plan.pattern,
                    // Charts and the plan's forms load only here, never with sign-in or Home.
                    element: lazyPage(() => import('@/pages/PlanPage').then((m) => m.PlanPage)),
                    children: [{ path: paths.plan.tabPattern, Component: Nothing }],
                  },
                  {
                    path: paths.record.pattern,
                    element: lazyPage(() => import('@/features/record/routes/RecordPage').then((m) => m.RecordPage)),
                  },
                  {
                    path: paths.oneOnOne.pattern,
                    // 1:1 mode and drag-and-drop load only here.
                    element: lazyPage(() =>
                      import('@/features/one-on-ones/routes/OneOnOnePage').then((m) => m.OneOnOnePage),
                    ),
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
