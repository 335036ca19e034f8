import type { Student } from '../../api/types';
import { emptyDraft, toRequest, validateSignal } from './signalDraft';

const student: Student = {
  id: 12,
  name: 'Lotte Bakker',
  studentNumber: '100234',
  locationId: 1,
  locationName: 'Utrecht Zuid',
  teamName: 'Zorg en welzijn 2',
  programme: 'Verzorgende IG',
  level: 3,
  track: 'BOL',
};

describe('validateSignal', () => {
  test('names every missing part of an empty signal', () => {
    expect(Object.keys(validateSignal(emptyDraft))).toEqual([
      'student',
      'lifeDomains',
      'urgency',
      'observation',
      'discussedWithStudent',
    ]);
  });

  test('accepts a complete signal, and "not discussed" is an answer', () => {
    const draft = {
      student,
      lifeDomains: ['HOUSING' as const],
      urgency: 'NORMAL' as const,
      observation: 'Slaapt bij vrienden.',
      discussedWithStudent: false,
    };
    expect(validateSignal(draft)).toEqual({});
    expect(toRequest(draft)).toEqual({
      studentId: 12,
      lifeDomains: ['HOUSING'],
      urgency: 'NORMAL',
      observation: 'Slaapt bij vrienden.',
      discussedWithStudent: false,
    });
  });

  test('does not take blanks for an observation', () => {
    expect(validateSignal({ ...emptyDraft, observation: '   ' }).observation).toBe('Beschrijf wat je zag of hoorde.');
  });
});
