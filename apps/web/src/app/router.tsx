import { CONTENT_AREAS } from '@cloudhub/permissions';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AreaPage } from '../features/areas/routes/AreaPage';
import { LoginPage } from '../features/auth/routes/LoginPage';
import { CustomerChooserPage } from '../features/customers/routes/CustomerChooserPage';
import { DevMailboxPage } from '../features/dev-mailbox/routes/DevMailboxPage';
import { FaqsPage } from '../features/faqs/routes/FaqsPage';
import { FeedbackPage } from '../features/feedback/routes/FeedbackPage';
import { HomePage } from '../features/home/routes/HomePage';
import { InvitationPage } from '../features/joining/routes/InvitationPage';
import { CancelAccess } from '../features/leaving/components/CancelAccess';
import { SettingsPage } from '../features/settings/routes/SettingsPage';
import { ReplayTour } from '../features/tour/components/ReplayTour';
import { RolesPage } from '../features/user-management/routes/RolesPage';
import { UserManagementPage } from '../features/user-management/routes/UserManagementPage';
import { PublicLayout } from './layouts/PublicLayout';
import { SessionRoot } from './layouts/SessionRoot';
import { FullPageLoading } from './pages/FullPageLoading';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { redirectToLanding, requireSession, restoreSessionIfAny, skipLoginWhenLoggedIn } from './route-guards';
import { AdminOnly } from './shell/AdminOnly';
import { CustomerShell } from './shell/CustomerShell';

const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageLoading />,
    children: [
      { index: true, loader: redirectToLanding },
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', loader: skipLoginWhenLoggedIn, element: <LoginPage /> },
          { path: 'dev/mailbox', element: <DevMailboxPage /> },
          // The token is in the fragment (`/invite#token=...`), which never reaches a server or a loader.
          { path: 'invite', loader: restoreSessionIfAny, element: <InvitationPage /> },
        ],
      },
      {
        loader: requireSession,
        element: <SessionRoot />,
        children: [
          {
            path: 'customers',
            element: (
              <PublicLayout languageSwitcher={false}>
                <CustomerChooserPage />
              </PublicLayout>
            ),
          },
          {
            path: 'c/:customerNumber',
            element: <CustomerShell />,
            children: [
              { index: true, element: <HomePage /> },
              ...CONTENT_AREAS.map((area) => ({ path: area, element: <AreaPage key={area} area={area} /> })),
              {
                path: 'users',
                element: (
                  <AdminOnly>
                    <UserManagementPage />
                  </AdminOnly>
                ),
              },
              {
                path: 'roles',
                element: (
                  <AdminOnly>
                    <RolesPage />
                  </AdminOnly>
                ),
              },
              { path: 'faqs', element: <FaqsPage /> },
              { path: 'feedback', element: <FeedbackPage /> },
              {
                path: 'settings',
                element: (
                  <SettingsPage>
                    <ReplayTour />
                    <CancelAccess />
                  </SettingsPage>
                ),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      { element: <PublicLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
