import type { AccessLogFilter } from '../../api/queries';
import type { AccessAction, AccessLogEntry } from '../../api/types';

export const ACCESS_LOG_PAGE_SIZE = 50;

export const ACCESS_ACTIONS: readonly AccessAction[] = [
  'VIEW',
  'LIST',
  'CREATE',
  'CHANGE',
  'EXPORT',
  'BREAK_GLASS',
  'VIEW_ACCESS_LOG',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function positiveId(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,15}$/.test(value.trim())) return undefined;
  const id = Number(value.trim());
  return id > 0 ? id : undefined;
}

/** A real calendar date the API accepts (1900–2199), as yyyy-mm-dd. */
function plausibleDate(value: string | null | undefined): string | undefined {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2199 ? (value ?? undefined) : undefined;
}

/**
 * The access-log filter kept in the address, so a search can be bookmarked and linked to. The names are those of
 * the API (a break-glass notification links to /toegangslog?studentId=…); the page, as in the caseload, is `pagina`.
 */
export function filterFromParams(params: URLSearchParams): AccessLogFilter {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    studentId: positiveId(params.get('studentId')),
    student: params.get('student')?.trim() || undefined,
    userId: positiveId(params.get('userId')),
    user: params.get('user')?.trim() || undefined,
    action: ACCESS_ACTIONS.find((action) => action === params.get('action')),
    breakGlass: params.get('breakGlass') === 'true' || undefined,
    from: plausibleDate(params.get('from')),
    to: plausibleDate(params.get('to')),
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    size: ACCESS_LOG_PAGE_SIZE,
  };
}

export function paramsFromFilter(filter: AccessLogFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.studentId) params.set('studentId', String(filter.studentId));
  if (filter.student) params.set('student', filter.student);
  if (filter.userId) params.set('userId', String(filter.userId));
  if (filter.user) params.set('user', filter.user);
  if (filter.action) params.set('action', filter.action);
  if (filter.breakGlass) params.set('breakGlass', 'true');
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.page > 0) params.set('pagina', String(filter.page + 1));
  return params;
}

export function isFiltered(filter: AccessLogFilter): boolean {
  return Boolean(
    filter.studentId ||
    filter.student ||
    filter.userId ||
    filter.user ||
    filter.action ||
    filter.breakGlass ||
    filter.from ||
    filter.to,
  );
}

/** The filter form as typed: anything may be wrong. */
export interface AccessLogDraft {
  student: string;
  user: string;
  action: AccessAction | '';
  breakGlass: boolean;
  from: string;
  to: string;
}

export function draftFromFilter(filter: AccessLogFilter): AccessLogDraft {
  return {
    student: filter.student ?? '',
    user: filter.user ?? '',
    action: filter.action ?? '',
    breakGlass: Boolean(filter.breakGlass),
    from: filter.from ?? '',
    to: filter.to ?? '',
  };
}

/** What is wrong, per field; empty when the filter can be applied. */
export function validateDraft(draft: AccessLogDraft): Partial<Record<keyof AccessLogDraft, string>> {
  const errors: Partial<Record<keyof AccessLogDraft, string>> = {};
  if (draft.student.trim().length > 100) errors.student = 'Gebruik hoogstens 100 tekens.';
  if (draft.user.trim().length > 100) errors.user = 'Gebruik hoogstens 100 tekens.';
  if (draft.from && !plausibleDate(draft.from)) errors.from = 'Kies een bestaande datum.';
  if (draft.to && !plausibleDate(draft.to)) errors.to = 'Kies een bestaande datum.';
  if (!errors.from && !errors.to && draft.from && draft.to && draft.to < draft.from) {
    errors.to = 'De einddatum ligt vóór de begindatum.';
  }
  return errors;
}

/**
 * A new search from the form starts at the first page. A student or user chosen in the table (by id) stays chosen
 * until a name is typed instead, or the filters are cleared.
 */
export function filterFromDraft(draft: AccessLogDraft, current: AccessLogFilter): AccessLogFilter {
  const student = draft.student.trim() || undefined;
  const user = draft.user.trim() || undefined;
  return {
    studentId: student ? undefined : current.studentId,
    student,
    userId: user ? undefined : current.userId,
    user,
    action: draft.action || undefined,
    breakGlass: draft.breakGlass || undefined,
    from: plausibleDate(draft.from),
    to: plausibleDate(draft.to),
    page: 0,
    size: ACCESS_LOG_PAGE_SIZE,
  };
}

/** Reads repeated within this many minutes, by the same person of the same student, are shown as one line. */
export const GROUP_MINUTES = 5;

/** One line on screen: a single log line, or repeated reads shown together (each stays in the log). */
export interface LogGroup {
  key: string;
  entries: AccessLogEntry[];
}

function repeatable(entry: AccessLogEntry): boolean {
  return (entry.action === 'VIEW' || entry.action === 'LIST') && entry.studentId != null;
}

/**
 * Groups the lines of a page (newest first): a VIEW or LIST by the same user, of the same student, with the same
 * action and purpose, within {@link GROUP_MINUTES} of the line before it, joins that line's group.
 */
export function groupRepeatedReads(entries: AccessLogEntry[], minutes = GROUP_MINUTES): LogGroup[] {
  const groups: LogGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    const previous = last?.entries[last.entries.length - 1];
    const joins =
      previous !== undefined &&
      repeatable(entry) &&
      repeatable(previous) &&
      previous.userId === entry.userId &&
      previous.studentId === entry.studentId &&
      previous.action === entry.action &&
      previous.purpose === entry.purpose &&
      Date.parse(previous.occurredAt) - Date.parse(entry.occurredAt) <= minutes * 60_000;
    if (joins) last.entries.push(entry);
    else groups.push({ key: String(entry.id), entries: [entry] });
  }
  return groups;
}

/** A break-glass line stands out: the break-glass itself and every read made under it. */
export function isBreakGlass(entry: { action: string; purpose: string }): boolean {
  return entry.action === 'BREAK_GLASS' || entry.purpose.startsWith('BREAK_GLASS:');
}
