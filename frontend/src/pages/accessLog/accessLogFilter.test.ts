import { filterFromParams, isBreakGlass, paramsFromFilter, validateDraft } from './accessLogFilter';

describe('the access-log filter in the address', () => {
  test('reads the link of a break-glass notification', () => {
    expect(filterFromParams(new URLSearchParams('studentId=12'))).toEqual({ studentId: 12, page: 0, size: 50 });
  });

  test('survives a round trip through the address', () => {
    const filter = filterFromParams(
      new URLSearchParams('studentId=12&userId=7&from=2026-01-01&to=2026-02-28&pagina=3'),
    );
    expect(filter).toEqual({ studentId: 12, userId: 7, from: '2026-01-01', to: '2026-02-28', page: 2, size: 50 });
    expect(paramsFromFilter(filter).toString()).toBe('studentId=12&userId=7&from=2026-01-01&to=2026-02-28&pagina=3');
  });

  test('ignores what it cannot use', () => {
    expect(
      filterFromParams(new URLSearchParams('studentId=-4&userId=abc&from=2026-02-30&to=1800-01-01&pagina=0')),
    ).toEqual({ page: 0, size: 50 });
  });
});

describe('the filter form', () => {
  const empty = { studentId: '', userId: '', from: '', to: '' };

  test('accepts an empty form: the whole log', () => {
    expect(validateDraft(empty)).toEqual({});
  });

  test('asks for numbers and a period that runs forwards', () => {
    expect(validateDraft({ ...empty, studentId: 'Lotte', userId: '0', from: '2026-03-01', to: '2026-02-01' })).toEqual({
      studentId: 'Vul een nummer in, zoals 1234.',
      userId: 'Vul een nummer in, zoals 17.',
      to: 'De einddatum ligt vóór de begindatum.',
    });
  });
});

test('break-glass lines are the grant and every read under it', () => {
  expect(isBreakGlass({ action: 'BREAK_GLASS', purpose: 'BREAK_GLASS: belt de receptie' })).toBe(true);
  expect(isBreakGlass({ action: 'VIEW', purpose: 'BREAK_GLASS: belt de receptie' })).toBe(true);
  expect(isBreakGlass({ action: 'VIEW', purpose: 'CARE' })).toBe(false);
});
