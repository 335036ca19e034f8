import type { Me, WaitingListOverview, WaitingListRow } from '../../api/types';
import { hasRole } from '../../session/SessionContext';

/** "18 studenten wachten; bij 3 is het overbruggingscontact te laat." */
export function waitingSummary({ waiting, overdue }: Pick<WaitingListOverview, 'waiting' | 'overdue'>): string {
  const who = waiting === 1 ? '1 student wacht' : `${waiting} studenten wachten`;
  if (overdue === 0) return `${who}; geen overbruggingscontact is te laat.`;
  return `${who}; bij ${overdue} is het overbruggingscontact te laat.`;
}

/**
 * Whether this user records a contact in this row: the bridging contact person, or a zorgcoördinator (the API
 * decides finally: the case's own). A provider's professional follows the list without recording.
 */
export function mayRecordContact(me: Pick<Me, 'id' | 'roles'>, row: WaitingListRow): boolean {
  if (!row.contactPerson) return false;
  return row.contactPerson.id === me.id || hasRole(me, 'ZORGCOORDINATOR');
}
