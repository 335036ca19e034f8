import type { CaseView, Lifecycle } from '../../api/types';

/** The lifecycle as GET /api/lifecycle publishes it (a part of it), for tests. */
export const lifecycle: Lifecycle = {
  initial: 'SIGNALLED',
  states: [
    { state: 'SIGNALLED', signalStatus: 'RECEIVED' },
    { state: 'TRIAGE', line: 'SECOND', signalStatus: 'PICKED_UP' },
  ],
  transitions: [
    { event: 'START_TRIAGE', from: ['SIGNALLED'], to: 'TRIAGE', roles: ['ZORGCOORDINATOR'], fields: [], guards: [] },
    {
      event: 'DISMISS',
      from: ['SIGNALLED', 'TRIAGE'],
      to: 'CLOSED',
      roles: ['ZORGCOORDINATOR'],
      fields: [],
      guards: ['lifecycle.guard.reason-required'],
    },
    {
      event: 'ASSIGN_FIRST_LINE',
      from: ['TRIAGE', 'SECOND_LINE'],
      to: 'FIRST_LINE',
      roles: ['ZORGCOORDINATOR'],
      fields: ['advice', 'checkInDate'],
      guards: ['lifecycle.guard.advice-required', 'lifecycle.guard.check-in-date-required'],
    },
    {
      event: 'ASSIGN_SECOND_LINE',
      from: ['TRIAGE', 'FIRST_LINE'],
      to: 'SECOND_LINE',
      roles: ['ZORGCOORDINATOR'],
      fields: ['ownerId'],
      guards: ['lifecycle.guard.owner-required', 'lifecycle.guard.owner-not-eligible'],
    },
    {
      event: 'CLOSE',
      from: ['FIRST_LINE', 'SECOND_LINE'],
      to: 'CLOSED',
      roles: ['ZORGCOORDINATOR'],
      fields: ['outcome'],
      guards: ['lifecycle.guard.outcome-required'],
    },
    {
      event: 'CLOSE',
      from: ['WAITING'],
      to: 'CLOSED',
      roles: ['ZORGCOORDINATOR'],
      fields: ['outcome'],
      guards: ['lifecycle.guard.outcome-required', 'lifecycle.guard.reason-required'],
    },
  ],
};

export const triageCase: CaseView = {
  id: 41,
  state: 'TRIAGE',
  line: 'SECOND',
  urgency: 'URGENT',
  version: 3,
  openedAt: '2026-02-02T09:00:00Z',
  ageInDays: 4,
  lastSignalAt: '2026-02-02T09:00:00Z',
  overdue: false,
  handoverSections: [],
  consentInForce: false,
  careContinuesWithProvider: false,
  visibleSections: ['STUDENT', 'SIGNALS', 'SCHOOL_SUPPORT', 'BRIDGING'],
  student: {
    id: 12,
    studentNumber: '100234',
    name: 'Lotte Bakker',
    dateOfBirth: '2009-01-15',
    age: 17,
    municipality: 'Utrecht',
    locationName: 'Utrecht Zuid',
    teamName: 'Zorg en welzijn 2',
    programme: 'Verzorgende IG',
    level: 3,
    track: 'BOL',
  },
  locationId: 1,
  allowedEvents: ['DISMISS', 'ASSIGN_FIRST_LINE', 'ASSIGN_SECOND_LINE'],
};
