import type { CaseEvent, CaseView } from '../../api/types';
import { todayIso } from '../../format';

/** One year from today (yyyy-mm-dd): the default end of a consent, explained in the form. */
export function defaultConsentEnd(today = todayIso()): string {
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(Date.UTC(year + 1, month - 1, day));
  // 29 February + 1 year is 1 March: keep the end inside February
  if (date.getUTCMonth() !== month - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Events the lifecycle refuses without consent in force for the case's provider. */
export const CONSENT_GUARDED: readonly CaseEvent[] = ['PLACE_ON_WAITLIST', 'START_HANDOVER'];

/** Referred, the provider chosen, and no consent yet: recording consent is the step that is needed now. */
export function needsConsentFirst(theCase: CaseView): boolean {
  return (
    theCase.state === 'REFERRED' &&
    Boolean(theCase.provider) &&
    !theCase.consentInForce &&
    (theCase.allowedEvents ?? []).some((event) => CONSENT_GUARDED.includes(event))
  );
}
