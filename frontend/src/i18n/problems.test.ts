import { firstInvalidField, invalidFieldText, problemText } from './problems';

describe('problemText', () => {
  test('explains a known code in plain Dutch', () => {
    expect(problemText({ status: 422, code: 'lifecycle.guard.reason-required' })).toBe('Geef een reden.');
  });

  test('falls back on the HTTP status for a code it does not know', () => {
    expect(problemText({ status: 403, code: 'something.new' })).toBe('Dit mag je met jouw rol niet doen.');
  });

  test('treats every server error alike, without details', () => {
    expect(problemText({ status: 503, code: 'http.503' })).toMatch(/Er ging bij ons iets mis/);
  });

  test('says when there is no connection at all', () => {
    expect(problemText({ status: 0, code: 'network' })).toMatch(/geen verbinding/);
  });

  test('explains the refusals of a correction in plain Dutch', () => {
    expect(problemText({ status: 403, code: 'correction.forbidden' })).toMatch(/Alleen de zorgcoördinatoren/);
    expect(problemText({ status: 409, code: 'note.version-stale' })).toMatch(/deze notitie net gewijzigd/);
    expect(problemText({ status: 409, code: 'signal.version-stale' })).toMatch(/dit signaal net gewijzigd/);
    expect(problemText({ status: 422, code: 'correction.text-unchanged' })).toMatch(/nog hetzelfde/);
    expect(problemText({ status: 403, code: 'note.statement-forbidden' })).toMatch(/verklaring van de student/);
  });
});

test('a refused field says what is wrong and how to put it right, at that field', () => {
  expect(
    firstInvalidField({
      status: 400,
      code: 'request.invalid',
      errors: [{ field: 'bridging.contactEveryDays', code: 'Max' }],
    }),
  ).toEqual({ field: 'bridging', message: 'Kies contact elke 1 tot 90 dagen.' });
  expect(invalidFieldText('checkInDate', 'PlausibleDate').message).toBe(
    'Kies een bestaande datum tussen 1900 en 2199.',
  );
  expect(firstInvalidField({ status: 400, code: 'request.invalid' })).toBeUndefined();
});
