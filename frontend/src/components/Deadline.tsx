import type { DeadlineKind } from '../api/types';
import { formatDate } from '../format';
import { deadlineKindLabel } from '../i18n/nl';

/** The next deadline: what is due, and by when; overdue ones stand out. */
export function Deadline({
  date,
  kind,
  overdue,
}: {
  date: string | null | undefined;
  kind: DeadlineKind | null | undefined;
  overdue: boolean | undefined;
}) {
  if (!date) return <span className="hr-muted">—</span>;
  const what = kind ? <span className="hr-block">{deadlineKindLabel[kind]}</span> : null;
  if (!overdue)
    return (
      <>
        {what}
        {formatDate(date)}
      </>
    );
  return (
    <span className="hr-overdue">
      {what}
      <span aria-hidden="true">⚠ </span>
      {formatDate(date)} <strong>(te laat)</strong>
    </span>
  );
}
