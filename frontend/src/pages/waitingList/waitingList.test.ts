import { describe, expect, test } from 'vitest';
import type { WaitingListRow } from '../../api/types';
import { mayRecordContact, waitingSummary } from './waitingList';

function row(overrides: Partial<WaitingListRow>): WaitingListRow {
  return {
    caseId: 1,
    student: { id: 1, studentNumber: '100001', name: 'Sanne Visser' },
    provider: { id: 7, name: 'GGZ Lindewaard' },
    waitingSince: '2026-01-05T09:00:00Z',
    daysWaiting: 40,
    contactPerson: { id: 3, name: 'Bram Koster' },
    contactEveryDays: 7,
    overdue: false,
    ...overrides,
  } as WaitingListRow;
}

describe('the waiting list', () => {
  test('says how many wait and for how many the contact is late', () => {
    expect(waitingSummary({ waiting: 3, overdue: 2 })).toBe(
      '3 studenten wachten; bij 2 is het overbruggingscontact te laat.',
    );
    expect(waitingSummary({ waiting: 1, overdue: 0 })).toBe('1 student wacht; geen overbruggingscontact is te laat.');
  });

  test('lets the contact person and a zorgcoördinator record, not a provider, and nobody without a contact person', () => {
    expect(mayRecordContact({ id: 3, roles: ['SLB'] }, row({}))).toBe(true);
    expect(mayRecordContact({ id: 4, roles: ['SLB'] }, row({}))).toBe(false);
    expect(mayRecordContact({ id: 9, roles: ['ZORGCOORDINATOR'] }, row({}))).toBe(true);
    expect(mayRecordContact({ id: 9, roles: ['EXTERNAL_PROFESSIONAL'] }, row({}))).toBe(false);
    expect(mayRecordContact({ id: 9, roles: ['ZORGCOORDINATOR'] }, row({ contactPerson: undefined }))).toBe(false);
  });
});
