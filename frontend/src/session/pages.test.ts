import { mayOpen } from './pages';

describe('which links a user may follow', () => {
  test('a page their permissions open, with or without a query', () => {
    expect(mayOpen({ permissions: ['READ_ACCESS_LOG'] }, '/toegangslog?studentId=12')).toBe(true);
    expect(mayOpen({ permissions: ['WORK_WITH_CASES'] }, '/casussen/41')).toBe(true);
    expect(mayOpen({ permissions: [] }, '/meldingen')).toBe(true);
  });

  test('not a page their permissions do not open: the access log is for the privacy officer only', () => {
    expect(mayOpen({ permissions: ['WORK_WITH_CASES', 'USE_BREAK_GLASS'] }, '/toegangslog?studentId=12')).toBe(false);
    expect(mayOpen({ permissions: ['RAISE_SIGNALS', 'SEE_STUDENTS'] }, '/casussen/41')).toBe(false);
  });

  test('nothing outside the app, and nothing unknown', () => {
    expect(mayOpen({ permissions: ['READ_ACCESS_LOG'] }, 'https://example.org/toegangslog')).toBe(false);
    expect(mayOpen({ permissions: ['READ_ACCESS_LOG'] }, '//example.org/toegangslog')).toBe(false);
    expect(mayOpen({ permissions: ['READ_ACCESS_LOG'] }, '/iets-anders')).toBe(false);
    expect(mayOpen({ permissions: ['READ_ACCESS_LOG'] }, undefined)).toBe(false);
  });
});

test('a page that any of several permissions opens: the overview is for auditors and functioneel beheerders', () => {
  expect(mayOpen({ permissions: ['ADMINISTER'] }, '/overzicht')).toBe(true);
  expect(mayOpen({ permissions: ['READ_ACCESS_LOG'] }, '/overzicht')).toBe(true);
  expect(mayOpen({ permissions: ['WORK_WITH_CASES'] }, '/overzicht')).toBe(false);
});

test('the API decides who raises signals: a zorgcoördinator may, as the API lets them', () => {
  expect(mayOpen({ permissions: ['RAISE_SIGNALS', 'WORK_WITH_CASES'] }, '/signaal-melden')).toBe(true);
});
