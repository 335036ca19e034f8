import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Link } from 'react-router';
import type { CaseSort, CaseSummary } from '../../api/types';
import { StateBadge, UrgencyBadge } from '../../components/Badges';
import { Deadline } from '../../components/Deadline';
import { formatDays } from '../../format';
import { lineLabel } from '../../i18n/nl';
import { nextSort } from './caseloadFilter';

type SortColumn = 'urgency' | 'state' | 'age';

function ariaSort(sort: CaseSort, column: SortColumn): 'ascending' | 'descending' | undefined {
  if (column === 'urgency' && sort === 'URGENCY') return 'descending';
  if (column === 'state' && sort === 'STATE') return 'ascending';
  if (column === 'age' && sort === 'OLDEST_FIRST') return 'descending';
  if (column === 'age' && sort === 'NEWEST_FIRST') return 'ascending';
  return undefined;
}

function SortableHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortColumn;
  label: string;
  sort: CaseSort;
  onSort: (sort: CaseSort) => void;
}) {
  const current = ariaSort(sort, column);
  return (
    <TableHeaderCell scope="col" aria-sort={current}>
      <button type="button" className="hr-sort-button" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span aria-hidden="true" className="hr-sort-button__icon">
          {current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </TableHeaderCell>
  );
}

/** The caseload as a table; overdue deadlines stand out by colour, icon and words. */
export function CaseTable({
  cases,
  sort,
  onSort,
  caption,
}: {
  cases: CaseSummary[];
  sort: CaseSort;
  onSort: (sort: CaseSort) => void;
  caption: string;
}) {
  return (
    <div className="hr-table-scroll">
      <Table className="hr-case-table">
        <TableCaption className="hr-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Student</TableHeaderCell>
            <SortableHeader column="state" label="Fase" sort={sort} onSort={onSort} />
            <TableHeaderCell scope="col">Lijn</TableHeaderCell>
            <SortableHeader column="urgency" label="Urgentie" sort={sort} onSort={onSort} />
            <SortableHeader column="age" label="Dagen sinds signaal" sort={sort} onSort={onSort} />
            <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
            <TableHeaderCell scope="col">Volgende termijn</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.map((item) => (
            <TableRow key={item.id} className={item.overdue ? 'hr-row--overdue' : undefined}>
              <TableHeaderCell scope="row">
                <Link to={`/casussen/${item.id}`} className="utrecht-link">
                  {item.student?.name}
                </Link>
                <span className="hr-muted hr-block">{item.student?.studentNumber}</span>
                {item.readOnly && <span className="hr-badge hr-badge--break-glass">Noodtoegang: alleen lezen</span>}
              </TableHeaderCell>
              <TableCell>
                <StateBadge state={item.state} />
              </TableCell>
              <TableCell>{item.line ? lineLabel[item.line] : '—'}</TableCell>
              <TableCell>
                <UrgencyBadge urgency={item.urgency} />
              </TableCell>
              <TableCell>{formatDays(item.ageInDays)}</TableCell>
              <TableCell>{item.owner?.name || <span className="hr-muted">Nog niemand</span>}</TableCell>
              <TableCell>
                <Deadline date={item.nextDeadline} kind={item.nextDeadlineKind} overdue={item.overdue} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
