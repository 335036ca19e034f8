import type { Correction, CorrectionRequest } from '../../api/types';
import { formatDateTime } from '../../format';

/** The limits the API sets (CorrectionRequest). */
export const CORRECTED_TEXT_MAX = 4000;
export const CORRECTION_REASON_MAX = 500;

/** The correction form as the zorgcoördinator fills it in. */
export interface CorrectionDraft {
  text: string;
  reason: string;
}

export type CorrectionField = keyof CorrectionDraft;

/** What is wrong, per field, in the order of the form; empty when the correction can be sent. */
export function validateCorrection(draft: CorrectionDraft, current: string): Partial<Record<CorrectionField, string>> {
  const errors: Partial<Record<CorrectionField, string>> = {};
  if (!draft.text.trim()) errors.text = 'Schrijf de juiste tekst op.';
  else if (draft.text.length > CORRECTED_TEXT_MAX) errors.text = `Gebruik hooguit ${CORRECTED_TEXT_MAX} tekens.`;
  else if (draft.text.trim() === current.trim())
    errors.text = 'De tekst is nog hetzelfde als wat er stond. Pas aan wat niet klopt.';
  if (!draft.reason.trim()) errors.reason = 'Geef de reden van de correctie.';
  else if (draft.reason.length > CORRECTION_REASON_MAX)
    errors.reason = `Gebruik hooguit ${CORRECTION_REASON_MAX} tekens.`;
  return errors;
}

/** The request for a valid draft, with the version the user saw so a change in between is noticed. */
export function toCorrectionRequest(version: number, draft: CorrectionDraft): CorrectionRequest {
  return { version, text: draft.text.trim(), reason: draft.reason.trim() };
}

/** The form field a refusal of the API is about, so its message can stand next to that field. */
export const correctionProblemField: Partial<Record<string, CorrectionField>> = {
  'correction.text-unchanged': 'text',
};

/** Refusals that mean someone else changed the note or signal in between: the form shows what it says now. */
export function isStale(code: string): boolean {
  return code === 'note.version-stale' || code === 'signal.version-stale';
}

/** "Gecorrigeerd op 3 maart 2026 om 14:15 door Karim Benali — reden: …", as the case page and the inzage show it. */
export function correctionText(correction: Correction): string {
  return `Gecorrigeerd op ${formatDateTime(correction.correctedAt)} door ${correction.correctedBy.name || 'onbekend'} — reden: ${correction.reason}`;
}
