import type { CaseView } from '../../api/types';
import { defaultConsentEnd, needsConsentFirst } from './consent';

test('consent runs a year by default, and a leap day ends on the last day of February', () => {
  expect(defaultConsentEnd('2026-12-04')).toBe('2027-12-04');
  expect(defaultConsentEnd('2028-02-29')).toBe('2029-02-28');
});

test('recording consent is the next step while a referred case has none for its provider', () => {
  const referred = {
    state: 'REFERRED',
    provider: { id: 3, name: 'GGZ' },
    consentInForce: false,
    allowedEvents: ['PLACE_ON_WAITLIST', 'START_HANDOVER', 'CLOSE'],
  } as unknown as CaseView;
  expect(needsConsentFirst(referred)).toBe(true);
  expect(needsConsentFirst({ ...referred, consentInForce: true })).toBe(false);
  expect(needsConsentFirst({ ...referred, state: 'WAITING' })).toBe(false);
  expect(needsConsentFirst({ ...referred, allowedEvents: ['CLOSE'] })).toBe(false);
});
