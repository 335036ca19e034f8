import { createContext, useContext } from 'react';
import type { Me, Role } from '../api/types';

export const SessionContext = createContext<Me | null>(null);

/** The signed-in user; only used below RequireSession, which guarantees one. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside a signed-in page');
  return me;
}

export function hasRole(me: Pick<Me, 'roles'> | null | undefined, ...roles: Role[]): boolean {
  return roles.some((role) => me?.roles?.includes(role));
}

/** Where each role starts after signing in. */
export function homePath(me: Me): string {
  if (hasRole(me, 'ZORGCOORDINATOR', 'EXTERNAL_PROFESSIONAL')) return '/caseload';
  if (hasRole(me, 'SLB')) return '/signaal-melden';
  return '/overzicht';
}
