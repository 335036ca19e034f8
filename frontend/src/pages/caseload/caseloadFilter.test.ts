import { filterFromParams, nextSort, paramsFromFilter, withChange } from './caseloadFilter';

describe('the caseload filter in the address', () => {
  test('survives a round trip through the address', () => {
    const filter = filterFromParams(
      new URLSearchParams('fase=TRIAGE&fase=WAITING&lijn=SECOND&urgentie=ACUTE&eigenaar=ik&sortering=STATE&pagina=3'),
    );
    expect(filter).toMatchObject({
      states: ['TRIAGE', 'WAITING'],
      line: 'SECOND',
      urgencies: ['ACUTE'],
      owner: 'me',
      sort: 'STATE',
      page: 2,
    });
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
  });

  test('ignores values it does not know', () => {
    expect(filterFromParams(new URLSearchParams('fase=NONSENSE&lijn=FOURTH&sortering=x&pagina=-2'))).toMatchObject({
      states: [],
      line: undefined,
      sort: 'URGENCY',
      page: 0,
    });
  });

  test('goes back to the first page when a filter changes', () => {
    const filter = filterFromParams(new URLSearchParams('pagina=4'));
    expect(withChange(filter, { line: 'FIRST' }).page).toBe(0);
  });
});

test('a second press on the age column turns the order around', () => {
  expect(nextSort('URGENCY', 'age')).toBe('OLDEST_FIRST');
  expect(nextSort('OLDEST_FIRST', 'age')).toBe('NEWEST_FIRST');
  expect(nextSort('NEWEST_FIRST', 'state')).toBe('STATE');
});
