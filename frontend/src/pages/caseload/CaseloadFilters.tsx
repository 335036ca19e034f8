import { FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { CaseloadFilter } from '../../api/queries';
import type { CaseSort, Line, Urgency } from '../../api/types';
import { LINES, URGENCIES } from '../../api/types';
import { lineLabel, sortLabel, urgencyLabel } from '../../i18n/nl';
import { useSession } from '../../session/SessionContext';

const SORTS: CaseSort[] = ['URGENCY', 'OLDEST_FIRST', 'NEWEST_FIRST', 'STATE'];

/** Filters, search and sorting of the caseload; every change applies at once and lands in the address. */
export function CaseloadFilters({
  filter,
  onChange,
  showOwnerAndLocation,
}: {
  filter: CaseloadFilter;
  onChange: (change: Partial<CaseloadFilter>) => void;
  showOwnerAndLocation: boolean;
}) {
  const me = useSession();
  const [term, setTerm] = useState(filter.q ?? '');
  const locations = me.locations ?? [];

  function search(event: FormEvent) {
    event.preventDefault();
    onChange({ q: term.trim() || undefined });
  }

  return (
    <div className="hr-filters">
      <form role="search" onSubmit={search} className="hr-filter hr-filter--search" aria-label="Casussen zoeken">
        <FormLabel htmlFor="case-search">Zoek student</FormLabel>
        <div className="hr-search-row">
          <Textbox
            id="case-search"
            type="search"
            value={term}
            placeholder="Naam of studentnummer"
            onChange={(event) => setTerm(event.target.value)}
          />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Zoeken
          </button>
        </div>
      </form>
      <div className="hr-filter">
        <FormLabel htmlFor="filter-line">Lijn</FormLabel>
        <Select
          id="filter-line"
          value={filter.line ?? ''}
          onChange={(event) => onChange({ line: (event.target.value || undefined) as Line | undefined })}
        >
          <SelectOption value="">Alle lijnen</SelectOption>
          {LINES.map((line) => (
            <SelectOption key={line} value={line}>
              {lineLabel[line]}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="hr-filter">
        <FormLabel htmlFor="filter-urgency">Urgentie</FormLabel>
        <Select
          id="filter-urgency"
          value={filter.urgencies[0] ?? ''}
          onChange={(event) => onChange({ urgencies: event.target.value ? [event.target.value as Urgency] : [] })}
        >
          <SelectOption value="">Alle urgenties</SelectOption>
          {URGENCIES.map((urgency) => (
            <SelectOption key={urgency} value={urgency}>
              {urgencyLabel[urgency]}
            </SelectOption>
          ))}
        </Select>
      </div>
      {showOwnerAndLocation && (
        <div className="hr-filter">
          <FormLabel htmlFor="filter-owner">Eigenaar</FormLabel>
          <Select
            id="filter-owner"
            value={filter.owner === 'me' ? 'me' : ''}
            onChange={(event) => onChange({ owner: event.target.value === 'me' ? 'me' : undefined })}
          >
            <SelectOption value="">Iedereen</SelectOption>
            <SelectOption value="me">Alleen mijn casussen</SelectOption>
          </Select>
        </div>
      )}
      {showOwnerAndLocation && locations.length > 1 && (
        <div className="hr-filter">
          <FormLabel htmlFor="filter-location">Locatie</FormLabel>
          <Select
            id="filter-location"
            value={filter.location ? String(filter.location) : ''}
            onChange={(event) => onChange({ location: event.target.value ? Number(event.target.value) : undefined })}
          >
            <SelectOption value="">Al mijn locaties</SelectOption>
            {locations.map((location) => (
              <SelectOption key={location.id} value={String(location.id)}>
                {location.name}
              </SelectOption>
            ))}
          </Select>
        </div>
      )}
      <div className="hr-filter">
        <FormLabel htmlFor="filter-sort">Sorteren op</FormLabel>
        <Select
          id="filter-sort"
          value={filter.sort}
          onChange={(event) => onChange({ sort: event.target.value as CaseSort })}
        >
          {SORTS.map((sort) => (
            <SelectOption key={sort} value={sort}>
              {sortLabel[sort]}
            </SelectOption>
          ))}
        </Select>
      </div>
    </div>
  );
}
