import type { LifeDomain, RaiseSignalRequest, Student, Urgency } from '../../api/types';

/** The signal form as the SLB'er fills it in; anything may still be missing. */
export interface SignalDraft {
  student: Student | null;
  lifeDomains: LifeDomain[];
  urgency: Urgency | null;
  observation: string;
  discussedWithStudent: boolean | null;
}

export const emptyDraft: SignalDraft = {
  student: null,
  lifeDomains: [],
  urgency: null,
  observation: '',
  discussedWithStudent: null,
};

export const OBSERVATION_MAX = 4000;

export type SignalField = 'student' | 'lifeDomains' | 'urgency' | 'observation' | 'discussedWithStudent';

/** What is missing, per field, in the order of the form; empty when the signal can be sent. */
export function validateSignal(draft: SignalDraft): Partial<Record<SignalField, string>> {
  const errors: Partial<Record<SignalField, string>> = {};
  if (!draft.student) errors.student = 'Kies de student over wie je een signaal meldt.';
  if (draft.lifeDomains.length === 0) errors.lifeDomains = 'Kies minstens één levensgebied.';
  if (!draft.urgency) errors.urgency = 'Kies hoe dringend het is.';
  if (!draft.observation.trim()) errors.observation = 'Beschrijf wat je zag of hoorde.';
  else if (draft.observation.length > OBSERVATION_MAX)
    errors.observation = `Gebruik hooguit ${OBSERVATION_MAX} tekens.`;
  if (draft.discussedWithStudent === null)
    errors.discussedWithStudent = 'Geef aan of je het met de student hebt besproken.';
  return errors;
}

/** The request for a complete draft; call only when validateSignal found nothing. */
export function toRequest(draft: SignalDraft): RaiseSignalRequest {
  if (!draft.student?.id || !draft.urgency || draft.discussedWithStudent === null) {
    throw new Error('incomplete signal');
  }
  return {
    studentId: draft.student.id,
    lifeDomains: draft.lifeDomains,
    urgency: draft.urgency,
    observation: draft.observation.trim(),
    discussedWithStudent: draft.discussedWithStudent,
  };
}
