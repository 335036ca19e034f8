import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import type { Role } from '../api/types';
import { ErrorState, LoadingState } from '../components/States';
import { PageTitle } from '../components/PageTitle';
import { Paragraph } from '@utrecht/component-library-react';
import { hasRole, SessionContext, useSession } from './SessionContext';

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

/** Shows the page only to these roles; others see why not, and no data is requested for them. */
export function RequireRole({
  roles,
  reason,
  children,
}: {
  roles: readonly Role[];
  /** Who this page is for, when that says more than the general explanation. */
  reason?: string;
  children: ReactNode;
}) {
  const me = useSession();
  if (!hasRole(me, ...roles)) return <NoAccess reason={reason} />;
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
