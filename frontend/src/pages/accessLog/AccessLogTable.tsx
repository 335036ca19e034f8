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
import type { AccessLogFilter } from '../../api/queries';
import type { AccessLogEntry } from '../../api/types';
import { formatTimestamp } from '../../format';
import { accessActionLabel, purposeOf, recordKindText, rolesText } from '../../i18n/nl';
import { isBreakGlass, paramsFromFilter } from './accessLogFilter';

/** The log as a table, newest first; break-glass lines stand out by colour, icon and words. */
export function AccessLogTable({ entries, filter }: { entries: AccessLogEntry[]; filter: AccessLogFilter }) {
  const only = (change: Partial<AccessLogFilter>) =>
    `/toegangslog?${paramsFromFilter({ ...filter, ...change, page: 0 }).toString()}`;
  return (
    <div className="hr-table-scroll">
      <Table className="hr-log-table">
        <TableCaption className="hr-visually-hidden">Toegangslog, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Student</TableHeaderCell>
            <TableHeaderCell scope="col">Welke gegevens</TableHeaderCell>
            <TableHeaderCell scope="col">Waarom</TableHeaderCell>
            <TableHeaderCell scope="col">Vanaf adres</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => {
            const breakGlass = isBreakGlass(entry);
            const purpose = purposeOf(entry.purpose);
            return (
              <TableRow key={entry.id} className={breakGlass ? 'hr-row--break-glass' : undefined}>
                <TableHeaderCell scope="row" className="hr-nowrap">
                  <time dateTime={entry.occurredAt}>{formatTimestamp(entry.occurredAt)}</time>
                </TableHeaderCell>
                <TableCell>
                  <Link to={only({ userId: entry.userId })} className="utrecht-link hr-nowrap">
                    <span className="hr-visually-hidden">Alleen regels van </span>
                    {entry.username}
                  </Link>
                  <span className="hr-muted hr-block">
                    nr. {entry.userId} · {rolesText(entry.roles)}
                  </span>
                </TableCell>
                <TableCell>
                  {entry.action === 'BREAK_GLASS' ? (
                    <strong>{accessActionLabel[entry.action]}</strong>
                  ) : (
                    accessActionLabel[entry.action]
                  )}
                </TableCell>
                <TableCell>
                  {entry.studentId ? (
                    <Link to={only({ studentId: entry.studentId })} className="utrecht-link">
                      <span className="hr-visually-hidden">Alleen regels over student </span>
                      {entry.studentId}
                    </Link>
                  ) : (
                    <span className="hr-muted">—</span>
                  )}
                </TableCell>
                <TableCell>
                  {recordKindText(entry.recordKind)}
                  {entry.recordId ? ` ${entry.recordId}` : ''}
                </TableCell>
                <TableCell>
                  {purpose.kind === 'break-glass' ? (
                    <span className="hr-break-glass">
                      <span className="hr-badge hr-badge--break-glass">
                        <span aria-hidden="true">⚠ </span>Noodtoegang
                      </span>{' '}
                      {purpose.reason}
                    </span>
                  ) : (
                    <span className={purpose.kind === 'care' ? undefined : 'hr-muted'}>{purpose.text}</span>
                  )}
                </TableCell>
                <TableCell>{entry.clientAddress ?? <span className="hr-muted">—</span>}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
