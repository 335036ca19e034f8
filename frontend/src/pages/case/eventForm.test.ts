import { caseChanges, eventFormSpec, toEventRequest } from './eventForm';
import { lifecycle, triageCase } from './fixtures';

describe('eventFormSpec', () => {
  test('takes the fields of the event from the lifecycle, after the reason every event may carry', () => {
    const spec = eventFormSpec(lifecycle, 'ASSIGN_FIRST_LINE', 'TRIAGE');
    expect(spec.fields).toEqual(['reason', 'advice', 'checkInDate']);
    expect([...spec.required]).toEqual(['advice', 'checkInDate']);
    expect(spec.to).toBe('FIRST_LINE');
  });

  test('makes the reason required only where a guard asks for one', () => {
    expect([...eventFormSpec(lifecycle, 'DISMISS', 'SIGNALLED').required]).toEqual(['reason']);
    expect(eventFormSpec(lifecycle, 'START_TRIAGE', 'SIGNALLED').required.size).toBe(0);
  });

  test('reads the rule of the current state when one event has several', () => {
    expect([...eventFormSpec(lifecycle, 'CLOSE', 'SECOND_LINE').required]).toEqual(['outcome']);
    expect([...eventFormSpec(lifecycle, 'CLOSE', 'WAITING').required]).toEqual(['outcome', 'reason']);
  });
});

describe('toEventRequest', () => {
  test('sends the version and only the filled-in fields of this event, typed as the API wants them', () => {
    const spec = eventFormSpec(lifecycle, 'ASSIGN_SECOND_LINE', 'TRIAGE');
    expect(toEventRequest(3, spec, { reason: '  ', ownerId: '7', advice: 'not this event' })).toEqual({
      version: 3,
      reason: undefined,
      ownerId: 7,
    });
  });

  test('builds the bridging plan from its two parts', () => {
    const spec = {
      event: 'PLACE_ON_WAITLIST' as const,
      fields: ['reason', 'bridging'],
      required: new Set<string>(),
      guardFields: {},
    };
    expect(
      toEventRequest(1, spec, { 'bridging.contactUserId': '3', 'bridging.contactEveryDays': '14' }).bridging,
    ).toEqual({ contactUserId: 3, contactEveryDays: 14 });
    expect(toEventRequest(1, spec, {}).bridging).toBeUndefined();
  });
});

test('caseChanges tells in words what a colleague changed', () => {
  const after = { ...triageCase, version: 4, state: 'SECOND_LINE' as const, owner: { id: 9, name: 'Ellen Jansen' } };
  expect(caseChanges(triageCase, after)).toEqual([
    { label: 'Fase', before: 'In triage', after: 'Tweede lijn' },
    { label: 'Eigenaar', before: '—', after: 'Ellen Jansen' },
  ]);
});

describe('the handover package', () => {
  test('is sent as the list of chosen sections', () => {
    const spec = {
      event: 'START_HANDOVER' as const,
      fields: ['reason', 'sections'],
      required: new Set(['sections']),
      guardFields: {},
    };
    expect(toEventRequest(5, spec, { sections: 'STUDENT,BRIDGING' })).toEqual({
      version: 5,
      reason: undefined,
      sections: ['STUDENT', 'BRIDGING'],
    });
  });
});
