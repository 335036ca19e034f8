import type { Me, Permission } from '../api/types';

/**
 * Which permission opens which page, by the first part of its path (any one of them does). The permissions are the
 * backend's, sent with the signed-in user (`/api/me`): what a role may do is declared there once. The routes and
 * notification links go by this table.
 */
export const PAGE_PERMISSIONS = {
  '/signaal-melden': ['RAISE_SIGNALS'],
  '/mijn-signalen': ['RAISE_SIGNALS'],
  '/caseload': ['WORK_WITH_CASES'],
  '/overdrachten': ['WORK_WITH_CASES'],
  '/wachtlijst': ['SEE_WAITING_LIST'],
  '/casussen': ['WORK_WITH_CASES'],
  '/noodtoegang': ['USE_BREAK_GLASS'],
  '/afspraken': ['WORK_WITH_AGREEMENTS'],
  '/naleving': ['SEE_COMPLIANCE'],
  '/wachttijden': ['SEE_WAITING_TIMES'],
  '/toegangslog': ['READ_ACCESS_LOG'],
  // what an auditor and a functioneel beheerder find here, who see no case content
  '/overzicht': ['READ_ACCESS_LOG', 'ADMINISTER'],
  '/beheer': ['ADMINISTER'],
} as const satisfies Record<string, readonly Permission[]>;

/** Whether the user holds one of these permissions. */
export function mayDo(me: Pick<Me, 'permissions'> | null | undefined, ...permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => me?.permissions?.includes(permission));
}

/** Pages every signed-in user opens. */
const FOR_EVERYONE = new Set(['/meldingen']);

/**
 * Whether this user may open the page a link leads to: only a path inside the app, to a page their permissions
 * open. A link elsewhere, or to a page they cannot open, is not followed: it would only lead to "Geen toegang".
 */
export function mayOpen(me: Pick<Me, 'permissions'>, link: string | null | undefined): boolean {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return false;
  const top = `/${link.split(/[?#]/)[0].split('/')[1] ?? ''}`;
  if (FOR_EVERYONE.has(top)) return true;
  const permissions: readonly Permission[] | undefined = PAGE_PERMISSIONS[top as keyof typeof PAGE_PERMISSIONS];
  return permissions !== undefined && mayDo(me, ...permissions);
}

/** Whether the user works at this location (a zorgcoördinator's own cases). */
export function worksAt(me: Pick<Me, 'locations'>, locationId: number | undefined): boolean {
  return (me.locations ?? []).some((location) => location.id === locationId);
}
