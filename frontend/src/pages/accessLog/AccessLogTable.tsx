import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { AccessLogFilter } from '../../api/queries';
import type { AccessLogEntry } from '../../api/types';
import { formatTimestamp } from '../../format';
import { accessActionLabel, purposeOf, recordKindText, rolesText } from '../../i18n/nl';
import { groupRepeatedReads, isBreakGlass, paramsFromFilter, type LogGroup } from './accessLogFilter';

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
          {groupRepeatedReads(entries).map((group) => (
            <LogGroupRows key={group.key} group={group} only={only} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Repeated reads (same person, same student, within minutes) as one line; every read can be shown again. */
function LogGroupRows({ group, only }: { group: LogGroup; only: (change: Partial<AccessLogFilter>) => string }) {
  const [open, setOpen] = useState(false);
  const [latest, ...earlier] = group.entries;
  return (
    <>
      <LogRow entry={latest} only={only}>
        {earlier.length > 0 && (
          <p className="hr-log-group">
            <span>
              {group.entries.length}× binnen {minutesBetween(earlier[earlier.length - 1], latest)} min
            </span>{' '}
            <button
              type="button"
              className="hr-link-button"
              aria-expanded={open}
              onClick={() => setOpen((current) => !current)}
            >
              {open ? 'Verberg de eerdere' : `Toon alle ${group.entries.length}`}
            </button>
          </p>
        )}
      </LogRow>
      {open && earlier.map((entry) => <LogRow key={entry.id} entry={entry} only={only} repeated />)}
    </>
  );
}

function minutesBetween(first: AccessLogEntry, last: AccessLogEntry): number {
  return Math.max(1, Math.round((Date.parse(last.occurredAt) - Date.parse(first.occurredAt)) / 60_000));
}

function LogRow({
  entry,
  only,
  repeated = false,
  children,
}: {
  entry: AccessLogEntry;
  only: (change: Partial<AccessLogFilter>) => string;
  repeated?: boolean;
  children?: ReactNode;
}) {
  const breakGlass = isBreakGlass(entry);
  const purpose = purposeOf(entry.purpose);
  const classes = [breakGlass ? 'hr-row--break-glass' : '', repeated ? 'hr-row--repeated' : ''].join(' ').trim();
  return (
    <TableRow className={classes || undefined}>
      <TableHeaderCell scope="row" className="hr-nowrap">
        <time dateTime={entry.occurredAt}>{formatTimestamp(entry.occurredAt)}</time>
        {children}
      </TableHeaderCell>
      <TableCell>
        <Link to={only({ userId: entry.userId, user: undefined })} className="utrecht-link hr-nowrap">
          <span className="hr-visually-hidden">Alleen regels van </span>
          {entry.userName ?? entry.username}
        </Link>
        <span className="hr-muted hr-block">
          {entry.username} · {rolesText(entry.roles)}
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
          <>
            <Link to={only({ studentId: entry.studentId, student: undefined })} className="utrecht-link">
              <span className="hr-visually-hidden">Alleen regels over </span>
              {entry.studentName ?? `student ${entry.studentId}`}
            </Link>
            {entry.studentNumber && <span className="hr-muted hr-block">{entry.studentNumber}</span>}
          </>
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
}
