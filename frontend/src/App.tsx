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
import { PAGE_ROLES } from './session/pages';
import { RequireRole, RequireSession } from './session/RequireSession';

/** The pages of the app, each behind the roles that use it (session/pages.ts). Paths are Dutch: people share them. */
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
              <RequireRole roles={PAGE_ROLES['/signaal-melden']}>
                <RaiseSignalPage />
              </RequireRole>
            ),
          },
          {
            path: '/mijn-signalen',
            element: (
              <RequireRole roles={PAGE_ROLES['/mijn-signalen']}>
                <MySignalsPage />
              </RequireRole>
            ),
          },
          {
            path: '/caseload',
            element: (
              <RequireRole roles={PAGE_ROLES['/caseload']}>
                <CaseloadPage />
              </RequireRole>
            ),
          },
          {
            path: '/overdrachten',
            element: (
              <RequireRole roles={PAGE_ROLES['/overdrachten']}>
                <HandoverInbox />
              </RequireRole>
            ),
          },
          {
            path: '/wachtlijst',
            element: (
              <RequireRole roles={PAGE_ROLES['/wachtlijst']}>
                <WaitingListPage />
              </RequireRole>
            ),
          },
          {
            path: '/casussen/:caseId',
            element: (
              <RequireRole roles={PAGE_ROLES['/casussen']}>
                <CasePage />
              </RequireRole>
            ),
          },
          {
            path: '/noodtoegang',
            element: (
              <RequireRole
                roles={PAGE_ROLES['/noodtoegang']}
                reason="Alleen zorgcoördinatoren gebruiken noodtoegang voor een student van een andere locatie."
              >
                <BreakGlassPage />
              </RequireRole>
            ),
          },
          {
            path: '/afspraken',
            element: (
              <RequireRole roles={PAGE_ROLES['/afspraken']}>
                <EvaluationsPage />
              </RequireRole>
            ),
          },
          {
            path: '/afspraken/studenten/:studentId',
            element: (
              <RequireRole roles={PAGE_ROLES['/afspraken']}>
                <StudentAgreementsPage />
              </RequireRole>
            ),
          },
          {
            path: '/naleving',
            element: (
              <RequireRole
                roles={PAGE_ROLES['/naleving']}
                reason="Alleen auditors en zorgcoördinatoren zien de naleving van de jaarlijkse evaluatie."
              >
                <CompliancePage />
              </RequireRole>
            ),
          },
          {
            path: '/wachttijden',
            element: (
              <RequireRole
                roles={PAGE_ROLES['/wachttijden']}
                reason="Alleen zorgcoördinatoren en auditors zien de wachttijden."
              >
                <WaitingTimesPage />
              </RequireRole>
            ),
          },
          {
            path: '/toegangslog',
            element: (
              <RequireRole
                roles={PAGE_ROLES['/toegangslog']}
                reason="Alleen de privacy officer bekijkt het toegangslog."
              >
                <AccessLogPage />
              </RequireRole>
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
              <RequireRole roles={PAGE_ROLES['/overzicht']}>
                <OverviewPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The functioneel beheerder's pages: all behind the ADMIN role, none with case content. */
function adminRoutes(pages: [string, ReactElement][]): RouteObject[] {
  return pages.map(([path, page]) => ({
    path,
    element: (
      <RequireRole
        roles={PAGE_ROLES['/beheer']}
        reason="Alleen de functioneel beheerder beheert gebruikers, locaties, teams en de sociale kaart."
      >
        {page}
      </RequireRole>
    ),
  }));
}

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
