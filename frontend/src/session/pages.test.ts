import { correctsCase, mayOpen, readsByBreakGlass } from './pages';

describe('which links a user may follow', () => {
  test('a page of their role, with or without a query', () => {
    expect(mayOpen({ roles: ['AUDITOR'] }, '/toegangslog?studentId=12')).toBe(true);
    expect(mayOpen({ roles: ['ZORGCOORDINATOR'] }, '/casussen/41')).toBe(true);
    expect(mayOpen({ roles: ['SLB'] }, '/meldingen')).toBe(true);
  });

  test('not a page their role cannot open: the access log is for the privacy officer only', () => {
    expect(mayOpen({ roles: ['ZORGCOORDINATOR'] }, '/toegangslog?studentId=12')).toBe(false);
    expect(mayOpen({ roles: ['SLB'] }, '/casussen/41')).toBe(false);
  });

  test('nothing outside the app, and nothing unknown', () => {
    expect(mayOpen({ roles: ['AUDITOR'] }, 'https://example.org/toegangslog')).toBe(false);
    expect(mayOpen({ roles: ['AUDITOR'] }, '//example.org/toegangslog')).toBe(false);
    expect(mayOpen({ roles: ['AUDITOR'] }, '/iets-anders')).toBe(false);
    expect(mayOpen({ roles: ['AUDITOR'] }, undefined)).toBe(false);
  });
});

test('a zorgcoördinator reads a case of another location by break-glass', () => {
  const zc = { roles: ['ZORGCOORDINATOR' as const], locations: [{ id: 1, name: 'Stationsplein' }] };
  expect(readsByBreakGlass(zc, 1)).toBe(false);
  expect(readsByBreakGlass(zc, 2)).toBe(true);
  expect(readsByBreakGlass({ roles: ['EXTERNAL_PROFESSIONAL'], locations: [] }, 1)).toBe(false);
});

test('only a zorgcoördinator of the case’s own location corrects what is recorded on it', () => {
  const zc = { roles: ['ZORGCOORDINATOR' as const], locations: [{ id: 1, name: 'Stationsplein' }] };
  expect(correctsCase(zc, 1)).toBe(true);
  expect(correctsCase(zc, 2)).toBe(false); // break-glass reads only
  expect(correctsCase({ roles: ['EXTERNAL_PROFESSIONAL'], locations: [{ id: 1, name: 'Stationsplein' }] }, 1)).toBe(
    false,
  );
});
