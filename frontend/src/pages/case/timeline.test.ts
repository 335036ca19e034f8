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
  expect(
    entries.map(
      (entry) =>
        entry.kind +
        (entry.kind === 'signal'
          ? entry.signal.id
          : entry.kind === 'transition'
            ? entry.transition.id
            : entry.contact.id),
    ),
  ).toEqual(['signal2', 'transition5', 'signal1']);
});

test('a bridging contact stands at the day it happened', () => {
  const entries = buildTimeline(
    [signal(1, '2026-02-01T08:00:00Z', 'eerste')],
    [transition(5, '2026-02-04T08:00:00Z')],
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
