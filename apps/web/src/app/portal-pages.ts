/**
 * The chunks of the pages behind login, one per page, loaded by their routes in `router.tsx`. Once someone is
 * logged in they are fetched in the background as well (`prefetchPortalPages`), so that moving between the
 * portal's pages never waits for a download; the login and invitation pages never load them.
 */
export const portalPages = {
  sessionRoot: () => import('./layouts/SessionRoot'),
  customerChooser: () => import('../features/customers/routes/CustomerChooserPage'),
  customerShell: () => import('./shell/CustomerShell'),
  adminOnly: () => import('./shell/AdminOnly'),
  home: () => import('../features/home/routes/HomePage'),
  area: () => import('../features/areas/routes/AreaPage'),
  userManagement: () => import('../features/user-management/routes/UserManagementPage'),
  roles: () => import('../features/user-management/routes/RolesPage'),
  customerSettings: () => import('../features/customer-settings/routes/CustomerSettingsPage'),
  faqs: () => import('../features/faqs/routes/FaqsPage'),
  feedback: () => import('../features/feedback/routes/FeedbackPage'),
  settings: () => import('../features/settings/routes/SettingsPage'),
  replayTour: () => import('../features/tour/components/ReplayTour'),
  cancelAccess: () => import('../features/leaving/components/CancelAccess'),
};

/** Fetches every portal page's chunk when the browser is idle; a failure is retried by the route itself. */
export function prefetchPortalPages(): () => void {
  const prefetch = () => {
    for (const load of Object.values(portalPages)) load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(prefetch, { timeout: 3_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(prefetch, 1_000);
  return () => clearTimeout(id);
}
