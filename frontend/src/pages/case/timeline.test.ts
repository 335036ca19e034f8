import type { CaseSignal, CaseTransition } from '../../api/types';
import { buildTimeline } from './timeline';

const signal = (id: number, raisedAt: string, observation: string): CaseSignal => ({
  id,
  version: 0,
  raisedAt,
  observation,
  raisedById: 7,
  raisedByName: 'Romy Bakker',
  urgency: 'NORMAL',
  lifeDomains: ['HOUSING'],
  discussedWithStudent: true,
  corrections: [],
});

const transition = (id: number, occurredAt: string): CaseTransition => ({
  id,
  occurredAt,
  actor: { id: 3, name: 'Meryem El Idrissi' },
  event: 'START_TRIAGE',
  from: 'SIGNALLED',
  to: 'TRIAGE',
  payload: {},
});

test('the timeline puts signals and steps in one story, newest first', () => {
  const entries = buildTimeline(
    [signal(1, '2026-02-01T08:00:00Z', 'eerste'), signal(2, '2026-02-03T08:00:00Z', 'tweede')],
    [transition(5, '2026-02-02T08:00:00Z')],
  );
  expect(entries.map((entry) => entry.kind + (entry.kind === 'signal' ? entry.signal.id : entryId(entry)))).toEqual([
    'signal2',
    'transition5',
    'signal1',
  ]);
});

function entryId(entry: ReturnType<typeof buildTimeline>[number]): number {
  if (entry.kind === 'signal') return entry.signal.id;
  if (entry.kind === 'transition') return entry.transition.id;
  if (entry.kind === 'contact') return entry.contact.id;
  if (entry.kind === 'meeting-planned' || entry.kind === 'meeting-held') return entry.meeting.id;
  return entry.consent.id;
}

test('a joint meeting stands in the story when it was planned and again on the day it was held', () => {
  const meeting = {
    id: 4,
    caseId: 42,
    version: 1,
    plannedOn: '2026-02-10',
    plannedBy: { id: 7, name: 'Karim Benali' },
    plannedAt: '2026-02-03T09:00:00Z',
    heldOn: '2026-02-10',
    heldBy: { id: 8, name: 'Eva de GGZ' },
    note: 'Kennismaking gehad.',
  };
  const entries = buildTimeline([], [transition(5, '2026-02-05T08:00:00Z')], [], [], [meeting]);
  expect(entries.map((entry) => `${entry.kind}${entryId(entry)}`)).toEqual([
    'meeting-held4',
    'transition5',
    'meeting-planned4',
  ]);
  const planned = { ...meeting, heldOn: null, heldBy: null };
  expect(buildTimeline([], [], [], [], [planned]).map((entry) => entry.kind)).toEqual(['meeting-planned']);
});

test('consent given and withdrawn are in the story, each at its own moment', () => {
  const consent = {
    id: 7,
    givenBy: 'STUDENT',
    provider: { id: 3, name: 'GGZ' },
    sections: ['STUDENT'],
    givenAt: '2026-02-02T09:00:00Z',
    givenHow: 'IN_PERSON',
    validUntil: '2027-02-02',
    recordedBy: { id: 1, name: 'Z C' },
    withdrawnAt: '2026-02-04T09:00:00Z',
    withdrawnBy: { id: 1, name: 'Z C' },
    inForce: false,
  } as const;
  const entries = buildTimeline(
    [signal(1, '2026-02-01T08:00:00Z', 'eerste')],
    [],
    [{ ...consent, sections: [...consent.sections] }],
  );
  expect(entries.map((entry) => entry.kind + entryId(entry))).toEqual([
    'consent-withdrawn7',
    'consent-given7',
    'signal1',
  ]);
});

test('a bridging contact stands at the day it happened', () => {
  const entries = buildTimeline(
    [signal(1, '2026-02-01T08:00:00Z', 'eerste')],
    [transition(5, '2026-02-04T08:00:00Z')],
    [],
    [
      {
        id: 9,
        contactedOn: '2026-02-03',
        recordedBy: { id: 1, name: 'Bram Koster' },
        recordedAt: '2026-02-05T10:00:00Z',
      },
    ],
  );
  expect(entries.map((entry) => entry.kind)).toEqual(['transition', 'contact', 'signal']);
});
