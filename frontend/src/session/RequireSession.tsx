import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import type { Permission } from '../api/types';
import { ErrorState, LoadingState } from '../components/States';
import { PageTitle } from '../components/PageTitle';
import { Paragraph } from '@utrecht/component-library-react';
import { mayDo } from './pages';
import { SessionContext, useSession } from './SessionContext';

/** Pages below need a signed-in user; anyone else goes to the login page and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState label="Je gegevens worden geladen…" />;
  if (me.error) {
    return (
      <main id="inhoud" className="hr-main">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    const back = location.pathname + location.search;
    return <Navigate to={`/login?terug=${encodeURIComponent(back)}`} replace />;
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}

/** Shows the page only to a user with one of these permissions; others see why not, and no data is requested. */
export function RequirePermission({
  permissions,
  reason,
  children,
}: {
  permissions: readonly Permission[];
  /** Who this page is for, when that says more than the general explanation. */
  reason?: string;
  children: ReactNode;
}) {
  const me = useSession();
  if (!mayDo(me, ...permissions)) return <NoAccess reason={reason} />;
  return <>{children}</>;
}

export function NoAccess({ reason }: { reason?: string }) {
  return (
    <>
      <PageTitle>Geen toegang</PageTitle>
      {reason && <Paragraph>{reason}</Paragraph>}
      <Paragraph>
        Deze pagina is niet bedoeld voor jouw rol. Hulproute laat iedereen alleen zien wat nodig is voor het eigen werk;
        zo blijven de gegevens van studenten beschermd.
      </Paragraph>
      <Paragraph>Gebruik het menu bovenaan om verder te gaan.</Paragraph>
    </>
  );
}
