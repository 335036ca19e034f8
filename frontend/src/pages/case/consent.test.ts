import { defaultConsentEnd } from './consent';

test('consent runs a year by default, and a leap day ends on the last day of February', () => {
  expect(defaultConsentEnd('2026-12-04')).toBe('2027-12-04');
  expect(defaultConsentEnd('2028-02-29')).toBe('2029-02-28');
});
