import type { Me, Role } from '../api/types';
import { hasRole } from './SessionContext';

/** Which roles open which page, by the first part of its path. The routes and notification links go by this table. */
export const PAGE_ROLES = {
  '/signaal-melden': ['SLB'],
  '/mijn-signalen': ['SLB'],
  '/caseload': ['ZORGCOORDINATOR', 'EXTERNAL_PROFESSIONAL'],
  '/overdrachten': ['EXTERNAL_PROFESSIONAL'],
  '/wachtlijst': ['ZORGCOORDINATOR', 'EXTERNAL_PROFESSIONAL', 'SLB'],
  '/casussen': ['ZORGCOORDINATOR', 'EXTERNAL_PROFESSIONAL'],
  '/noodtoegang': ['ZORGCOORDINATOR'],
  '/afspraken': ['ZORGCOORDINATOR'],
  '/naleving': ['AUDITOR', 'ZORGCOORDINATOR'],
  '/wachttijden': ['ZORGCOORDINATOR', 'AUDITOR'],
  '/toegangslog': ['AUDITOR'],
  '/overzicht': ['AUDITOR', 'ADMIN'],
  '/beheer': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

/** Pages every signed-in user opens. */
const FOR_EVERYONE = new Set(['/meldingen']);

/**
 * Whether this user may open the page a link leads to: only a path inside the app, to a page for their role. A link
 * elsewhere, or to a page their role cannot open, is not followed: it would only lead to "Geen toegang".
 */
export function mayOpen(me: Pick<Me, 'roles'>, link: string | null | undefined): boolean {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return false;
  const top = `/${link.split(/[?#]/)[0].split('/')[1] ?? ''}`;
  if (FOR_EVERYONE.has(top)) return true;
  const roles: readonly Role[] | undefined = PAGE_ROLES[top as keyof typeof PAGE_ROLES];
  return roles !== undefined && hasRole(me, ...roles);
}

/** Whether the user works at this location (a zorgcoördinator's own cases). */
export function worksAt(me: Pick<Me, 'locations'>, locationId: number | undefined): boolean {
  return (me.locations ?? []).some((location) => location.id === locationId);
}

/** A zorgcoördinator reading a case of another location does so by break-glass: reading only. */
export function readsByBreakGlass(me: Pick<Me, 'roles' | 'locations'>, locationId: number | undefined): boolean {
  return hasRole(me, 'ZORGCOORDINATOR') && !worksAt(me, locationId);
}

/**
 * The case's own zorgcoördinatoren correct what is recorded on it and write down the student's own statement (AVG
 * art. 16); the API refuses a provider's professional and a break-glass reader.
 */
export function correctsCase(me: Pick<Me, 'roles' | 'locations'>, locationId: number | undefined): boolean {
  return hasRole(me, 'ZORGCOORDINATOR') && worksAt(me, locationId);
}
