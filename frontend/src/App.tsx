import { useState, type ReactElement } from 'react';
import { createBrowserRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { AccessLogPage } from './pages/accessLog/AccessLogPage';
import { EvaluationsPage } from './pages/agreements/EvaluationsPage';
import { StudentAgreementsPage } from './pages/agreements/StudentAgreementsPage';
import { WaitingTimesPage } from './pages/waitingTimes/WaitingTimesPage';
import { CompliancePage } from './pages/compliance/CompliancePage';
import { EditUserPage } from './pages/admin/EditUserPage';
import { LocationsPage } from './pages/admin/LocationsPage';
import { MailOutboxPage } from './pages/admin/MailOutboxPage';
import { NewUserPage } from './pages/admin/NewUserPage';
import { ProvidersPage } from './pages/admin/ProvidersPage';
import { SettingsPage } from './pages/admin/SettingsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { BreakGlassPage } from './pages/breakGlass/BreakGlassPage';
import { CasePage } from './pages/case/CasePage';
import { HandoverInbox } from './pages/handovers/HandoverInbox';
import { CaseloadPage } from './pages/caseload/CaseloadPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { OverviewPage } from './pages/OverviewPage';
import { WaitingListPage } from './pages/waitingList/WaitingListPage';
import { MySignalsPage } from './pages/signals/MySignalsPage';
import { RaiseSignalPage } from './pages/signals/RaiseSignalPage';
import { RouteError } from './RouteError';
import { PAGE_PERMISSIONS } from './session/pages';
import { RequirePermission, RequireSession } from './session/RequireSession';

/** The pages of the app, each behind the permissions that open it (session/pages.ts). Paths are Dutch: people share them. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    element: <Outlet />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomePage /> },
          {
            path: '/signaal-melden',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/signaal-melden']}>
                <RaiseSignalPage />
              </RequirePermission>
            ),
          },
          {
            path: '/mijn-signalen',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/mijn-signalen']}>
                <MySignalsPage />
              </RequirePermission>
            ),
          },
          {
            path: '/caseload',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/caseload']}>
                <CaseloadPage />
              </RequirePermission>
            ),
          },
          {
            path: '/overdrachten',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/overdrachten']}>
                <HandoverInbox />
              </RequirePermission>
            ),
          },
          {
            path: '/wachtlijst',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/wachtlijst']}>
                <WaitingListPage />
              </RequirePermission>
            ),
          },
          {
            path: '/casussen/:caseId',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/casussen']}>
                <CasePage />
              </RequirePermission>
            ),
          },
          {
            path: '/noodtoegang',
            element: (
              <RequirePermission
                permissions={PAGE_PERMISSIONS['/noodtoegang']}
                reason="Alleen zorgcoördinatoren gebruiken noodtoegang voor een student van een andere locatie."
              >
                <BreakGlassPage />
              </RequirePermission>
            ),
          },
          {
            path: '/afspraken',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/afspraken']}>
                <EvaluationsPage />
              </RequirePermission>
            ),
          },
          {
            path: '/afspraken/studenten/:studentId',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/afspraken']}>
                <StudentAgreementsPage />
              </RequirePermission>
            ),
          },
          {
            path: '/naleving',
            element: (
              <RequirePermission
                permissions={PAGE_PERMISSIONS['/naleving']}
                reason="Alleen auditors en zorgcoördinatoren zien de naleving van de jaarlijkse evaluatie."
              >
                <CompliancePage />
              </RequirePermission>
            ),
          },
          {
            path: '/wachttijden',
            element: (
              <RequirePermission
                permissions={PAGE_PERMISSIONS['/wachttijden']}
                reason="Alleen zorgcoördinatoren en auditors zien de wachttijden."
              >
                <WaitingTimesPage />
              </RequirePermission>
            ),
          },
          {
            path: '/toegangslog',
            element: (
              <RequirePermission
                permissions={PAGE_PERMISSIONS['/toegangslog']}
                reason="Alleen de privacy officer bekijkt het toegangslog."
              >
                <AccessLogPage />
              </RequirePermission>
            ),
          },
          ...adminRoutes([
            ['/beheer/gebruikers', <UsersPage />],
            ['/beheer/gebruikers/nieuw', <NewUserPage />],
            ['/beheer/gebruikers/:userId', <EditUserPage />],
            ['/beheer/locaties', <LocationsPage />],
            ['/beheer/sociale-kaart', <ProvidersPage />],
            ['/beheer/instellingen', <SettingsPage />],
            ['/beheer/e-mail', <MailOutboxPage />],
          ]),
          { path: '/meldingen', element: <NotificationsPage /> },
          {
            path: '/overzicht',
            element: (
              <RequirePermission permissions={PAGE_PERMISSIONS['/overzicht']}>
                <OverviewPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The functioneel beheerder's pages: all behind the ADMINISTER permission, none with case content. */
function adminRoutes(pages: [string, ReactElement][]): RouteObject[] {
  return pages.map(([path, page]) => ({
    path,
    element: (
      <RequirePermission
        permissions={PAGE_PERMISSIONS['/beheer']}
        reason="Alleen de functioneel beheerder beheert gebruikers, locaties, teams en de sociale kaart."
      >
        {page}
      </RequirePermission>
    ),
  }));
}

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
