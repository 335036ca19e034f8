import type { Me, WaitingListRow } from '../../api/types';
import { hasRole } from '../../session/SessionContext';

/** The providers on the waiting list, by name, for the filter. */
export function providerOptions(rows: WaitingListRow[]): { id: number; name: string }[] {
  const byId = new Map<number, string>();
  for (const row of rows) {
    if (row.provider) byId.set(row.provider.id, row.provider.name);
  }
  return [...byId.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** "18 studenten wachten; bij 3 is het overbruggingscontact te laat." */
export function waitingSummary(rows: WaitingListRow[]): string {
  const overdue = rows.filter((row) => row.overdue).length;
  const waiting = rows.length === 1 ? '1 student wacht' : `${rows.length} studenten wachten`;
  if (overdue === 0) return `${waiting}; geen overbruggingscontact is te laat.`;
  return `${waiting}; bij ${overdue} is het overbruggingscontact te laat.`;
}

/**
 * Whether this user records a contact in this row: the bridging contact person, or a zorgcoördinator (the API
 * decides finally: the case's own). A provider's professional follows the list without recording.
 */
export function mayRecordContact(me: Pick<Me, 'id' | 'roles'>, row: WaitingListRow): boolean {
  if (!row.contactPerson) return false;
  return row.contactPerson.id === me.id || hasRole(me, 'ZORGCOORDINATOR');
}
