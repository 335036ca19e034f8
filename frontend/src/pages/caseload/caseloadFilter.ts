import type { CaseloadFilter } from '../../api/queries';
import type { CaseSort } from '../../api/types';
import { CASE_STATES, LINES, URGENCIES } from '../../api/types';

const SORTS: readonly CaseSort[] = ['URGENCY', 'OLDEST_FIRST', 'NEWEST_FIRST', 'STATE'];
export const PAGE_SIZE = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The caseload filter kept in the address, so a filtered list can be bookmarked, shared and gone back to. */
export function filterFromParams(params: URLSearchParams): CaseloadFilter {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  const location = Number.parseInt(params.get('locatie') ?? '', 10);
  return {
    states: params.getAll('fase').flatMap((value) => oneOf(CASE_STATES, value) ?? []),
    line: oneOf(LINES, params.get('lijn')),
    urgencies: params.getAll('urgentie').flatMap((value) => oneOf(URGENCIES, value) ?? []),
    owner: params.get('eigenaar') === 'ik' ? 'me' : undefined,
    location: Number.isFinite(location) && location > 0 ? location : undefined,
    q: params.get('zoek')?.trim() || undefined,
    sort: oneOf(SORTS, params.get('sortering')) ?? 'URGENCY',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    size: PAGE_SIZE,
  };
}

export function paramsFromFilter(filter: CaseloadFilter): URLSearchParams {
  const params = new URLSearchParams();
  filter.states.forEach((state) => params.append('fase', state));
  if (filter.line) params.set('lijn', filter.line);
  filter.urgencies.forEach((urgency) => params.append('urgentie', urgency));
  if (filter.owner === 'me') params.set('eigenaar', 'ik');
  if (filter.location) params.set('locatie', String(filter.location));
  if (filter.q) params.set('zoek', filter.q);
  if (filter.sort !== 'URGENCY') params.set('sortering', filter.sort);
  if (filter.page > 0) params.set('pagina', String(filter.page + 1));
  return params;
}

/** A change of filter starts at the first page again. */
export function withChange(filter: CaseloadFilter, change: Partial<CaseloadFilter>): CaseloadFilter {
  return { ...filter, page: 0, ...change };
}

/** Next sort when a column header is pressed: age toggles between oldest and newest first. */
export function nextSort(current: CaseSort, column: 'urgency' | 'state' | 'age'): CaseSort {
  if (column === 'urgency') return 'URGENCY';
  if (column === 'state') return 'STATE';
  return current === 'OLDEST_FIRST' ? 'NEWEST_FIRST' : 'OLDEST_FIRST';
}
