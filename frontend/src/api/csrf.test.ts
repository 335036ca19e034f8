import { backendHeaders, csrfToken } from './csrf';
import { toProblem } from './problem';

describe('csrf', () => {
  test('reads the XSRF-TOKEN cookie among others', () => {
    expect(csrfToken('JSESSIONID=abc; XSRF-TOKEN=tok%3D1; other=x')).toBe('tok=1');
    expect(csrfToken('other=x')).toBeUndefined();
  });

  test('sends the token only with requests that change something', () => {
    document.cookie = 'XSRF-TOKEN=secret';
    expect(backendHeaders('GET')).toEqual({ 'X-Requested-With': 'XMLHttpRequest' });
    expect(backendHeaders('POST')).toEqual({ 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': 'secret' });
  });
});

describe('toProblem', () => {
  test('keeps a problem body and its extra members', () => {
    expect(toProblem(409, { code: 'case.version-stale', currentVersion: 4 })).toMatchObject({
      status: 409,
      code: 'case.version-stale',
      currentVersion: 4,
    });
  });

  test('turns anything else into a code named after the status, never showing the body', () => {
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502, code: 'http.502' });
  });
});
