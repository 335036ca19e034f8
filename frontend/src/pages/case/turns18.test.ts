import { turns18Soon } from './turns18';

test('the 18th birthday shows from 12 months before it, until the day itself', () => {
  expect(turns18Soon('2027-03-01', '2026-03-01')).toBe(true);
  expect(turns18Soon('2026-03-01', '2026-03-01')).toBe(true);
  expect(turns18Soon('2026-09-15', '2026-03-01')).toBe(true);
  expect(turns18Soon('2027-03-02', '2026-03-01')).toBe(false);
  expect(turns18Soon('2026-02-28', '2026-03-01')).toBe(false);
});

test('nothing shows without a birthday to come', () => {
  expect(turns18Soon(undefined, '2026-03-01')).toBe(false);
  expect(turns18Soon(null, '2026-03-01')).toBe(false);
});
