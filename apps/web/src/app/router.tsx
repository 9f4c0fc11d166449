import { CONTENT_AREAS } from '@cloudhub/permissions';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicLayout } from './layouts/PublicLayout';
import { portalPages } from './portal-pages';
import { FullPageLoading } from './pages/FullPageLoading';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { loadInvitationPage, redirectToLanding, requireSession, skipLoginWhenLoggedIn } from './route-guards';

/*
 * Every page is a chunk of its own, loaded when its route matches (in parallel with the route's loader):
 * the login and invitation pages load only themselves and the public frame, not the portal behind login
 * (`portal-pages.ts`). The loaders (guards) stay here, so they start at once.
 */
const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageLoading />,
    children: [
      { index: true, loader: redirectToLanding },
      {
        element: <PublicLayout />,
        children: [
          {
            path: 'login',
            loader: skipLoginWhenLoggedIn,
            lazy: { Component: async () => (await import('../features/auth/routes/LoginPage')).LoginPage },
          },
          {
            path: 'dev/mailbox',
            lazy: {
              Component: async () => (await import('../features/dev-mailbox/routes/DevMailboxPage')).DevMailboxPage,
            },
          },
          // The token is in the fragment (`/invite#token=...`), which never reaches a server.
          {
            path: 'invite',
            loader: loadInvitationPage,
            lazy: {
              element: async () => {
                const [{ InvitationPage }, { LoginForm }] = await Promise.all([
                  import('../features/joining/routes/InvitationPage'),
                  import('../features/auth/components/LoginForm'),
                ]);
                return <InvitationPage loginForm={LoginForm} />;
              },
            },
          },
        ],
      },
      {
        loader: requireSession,
        lazy: { Component: async () => (await portalPages.sessionRoot()).SessionRoot },
        children: [
          {
            path: 'customers',
            lazy: {
              element: async () => {
                const { CustomerChooserPage } = await portalPages.customerChooser();
                return (
                  <PublicLayout languageSwitcher={false}>
                    <CustomerChooserPage />
                  </PublicLayout>
                );
              },
            },
          },
          {
            path: 'c/:customerNumber',
            lazy: { Component: async () => (await portalPages.customerShell()).CustomerShell },
            children: [
              {
                index: true,
                lazy: { Component: async () => (await portalPages.home()).HomePage },
              },
              ...CONTENT_AREAS.map((area): RouteObject => ({
                path: area,
                lazy: {
                  element: async () => {
                    const { AreaPage } = await portalPages.area();
                    return <AreaPage key={area} area={area} />;
                  },
                },
              })),
              {
                path: 'users',
                lazy: {
                  element: async () => {
                    const [{ AdminOnly }, { UserManagementPage }] = await Promise.all([
                      portalPages.adminOnly(),
                      portalPages.userManagement(),
                    ]);
                    return (
                      <AdminOnly>
                        <UserManagementPage />
                      </AdminOnly>
                    );
                  },
                },
              },
              {
                path: 'roles',
                lazy: {
                  element: async () => {
                    const [{ AdminOnly }, { RolesPage }] = await Promise.all([
                      portalPages.adminOnly(),
                      portalPages.roles(),
                    ]);
                    return (
                      <AdminOnly>
                        <RolesPage />
                      </AdminOnly>
                    );
                  },
                },
              },
              {
                path: 'customer-settings',
                lazy: {
                  element: async () => {
                    const [{ AdminOnly }, { CustomerSettingsPage }] = await Promise.all([
                      portalPages.adminOnly(),
                      portalPages.customerSettings(),
                    ]);
                    return (
                      <AdminOnly>
                        <CustomerSettingsPage />
                      </AdminOnly>
                    );
                  },
                },
              },
              {
                path: 'faqs',
                lazy: { Component: async () => (await portalPages.faqs()).FaqsPage },
              },
              {
                path: 'feedback',
                lazy: {
                  Component: async () => (await portalPages.feedback()).FeedbackPage,
                },
              },
              {
                path: 'settings',
                lazy: {
                  element: async () => {
                    const [{ SettingsPage }, { ReplayTour }, { CancelAccess }] = await Promise.all([
                      portalPages.settings(),
                      portalPages.replayTour(),
                      portalPages.cancelAccess(),
                    ]);
                    return (
                      <SettingsPage>
                        <ReplayTour />
                        <CancelAccess />
                      </SettingsPage>
                    );
                  },
                },
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

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** Starts the current page's loader and chunk at once. */
export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}
