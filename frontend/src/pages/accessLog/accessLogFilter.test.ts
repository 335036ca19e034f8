import type { AccessLogEntry } from '../../api/types';
import { filterFromParams, groupRepeatedReads, isBreakGlass, paramsFromFilter, validateDraft } from './accessLogFilter';

describe('the access-log filter in the address', () => {
  test('reads the link of a break-glass notification', () => {
    expect(filterFromParams(new URLSearchParams('studentId=12'))).toEqual({ studentId: 12, page: 0, size: 50 });
  });

  test('survives a round trip through the address', () => {
    const address =
      'studentId=12&student=Sem+J&userId=7&user=zc&action=VIEW&breakGlass=true&from=2026-01-01&to=2026-02-28&pagina=3';
    const filter = filterFromParams(new URLSearchParams(address));
    expect(filter).toEqual({
      studentId: 12,
      student: 'Sem J',
      userId: 7,
      user: 'zc',
      action: 'VIEW',
      breakGlass: true,
      from: '2026-01-01',
      to: '2026-02-28',
      page: 2,
      size: 50,
    });
    expect(paramsFromFilter(filter).toString()).toBe(address);
  });

  test('ignores what it cannot use', () => {
    expect(
      filterFromParams(
        new URLSearchParams('studentId=-4&userId=abc&action=READ&breakGlass=ja&from=2026-02-30&to=1800-01-01&pagina=0'),
      ),
    ).toEqual({ page: 0, size: 50 });
  });
});

describe('the filter form', () => {
  const empty = { student: '', user: '', action: '' as const, breakGlass: false, from: '', to: '' };

  test('accepts an empty form: the whole log', () => {
    expect(validateDraft(empty)).toEqual({});
  });

  test('asks for a period that runs forwards and names of a sensible length', () => {
    expect(validateDraft({ ...empty, student: 'x'.repeat(101), from: '2026-03-01', to: '2026-02-01' })).toEqual({
      student: 'Gebruik hoogstens 100 tekens.',
      to: 'De einddatum ligt vóór de begindatum.',
    });
  });
});

test('break-glass lines are the grant and every read under it', () => {
  expect(isBreakGlass({ action: 'BREAK_GLASS', purpose: 'BREAK_GLASS: belt de receptie' })).toBe(true);
  expect(isBreakGlass({ action: 'VIEW', purpose: 'BREAK_GLASS: belt de receptie' })).toBe(true);
  expect(isBreakGlass({ action: 'VIEW', purpose: 'CARE' })).toBe(false);
});

describe('repeated reads', () => {
  const read = (id: number, minute: number, change: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
    id,
    occurredAt: `2026-03-02T10:${String(minute).padStart(2, '0')}:00Z`,
    userId: 7,
    username: 'zc1',
    roles: 'ZORGCOORDINATOR',
    action: 'VIEW',
    studentId: 12,
    recordKind: 'case',
    purpose: 'CARE',
    breakGlass: false,
    ...change,
  });

  test('by the same person of the same student within five minutes of each other are one line', () => {
    const groups = groupRepeatedReads([read(5, 20), read(4, 18), read(3, 14), read(2, 2), read(1, 1, { userId: 8 })]);
    expect(groups.map((group) => group.entries.map((entry) => entry.id))).toEqual([[5, 4, 3], [2], [1]]);
  });

  test('never join a change, another student or another purpose', () => {
    const groups = groupRepeatedReads([
      read(4, 10),
      read(3, 9, { action: 'CHANGE' }),
      read(2, 8, { studentId: 13 }),
      read(1, 7, { studentId: 13, purpose: 'BREAK_GLASS: acuut' }),
    ]);
    expect(groups).toHaveLength(4);
  });
});
