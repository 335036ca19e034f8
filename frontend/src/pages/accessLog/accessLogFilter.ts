import type { AccessLogFilter } from '../../api/queries';

export const ACCESS_LOG_PAGE_SIZE = 50;

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
    userId: positiveId(params.get('userId')),
    from: plausibleDate(params.get('from')),
    to: plausibleDate(params.get('to')),
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    size: ACCESS_LOG_PAGE_SIZE,
  };
}

export function paramsFromFilter(filter: AccessLogFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.studentId) params.set('studentId', String(filter.studentId));
  if (filter.userId) params.set('userId', String(filter.userId));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.page > 0) params.set('pagina', String(filter.page + 1));
  return params;
}

export function isFiltered(filter: AccessLogFilter): boolean {
  return Boolean(filter.studentId || filter.userId || filter.from || filter.to);
}

/** The filter form as typed: anything may be wrong. */
export interface AccessLogDraft {
  studentId: string;
  userId: string;
  from: string;
  to: string;
}

export function draftFromFilter(filter: AccessLogFilter): AccessLogDraft {
  return {
    studentId: filter.studentId ? String(filter.studentId) : '',
    userId: filter.userId ? String(filter.userId) : '',
    from: filter.from ?? '',
    to: filter.to ?? '',
  };
}

/** What is wrong, per field; empty when the filter can be applied. */
export function validateDraft(draft: AccessLogDraft): Partial<Record<keyof AccessLogDraft, string>> {
  const errors: Partial<Record<keyof AccessLogDraft, string>> = {};
  if (draft.studentId.trim() && !positiveId(draft.studentId)) errors.studentId = 'Vul een nummer in, zoals 1234.';
  if (draft.userId.trim() && !positiveId(draft.userId)) errors.userId = 'Vul een nummer in, zoals 17.';
  if (draft.from && !plausibleDate(draft.from)) errors.from = 'Kies een bestaande datum.';
  if (draft.to && !plausibleDate(draft.to)) errors.to = 'Kies een bestaande datum.';
  if (!errors.from && !errors.to && draft.from && draft.to && draft.to < draft.from) {
    errors.to = 'De einddatum ligt vóór de begindatum.';
  }
  return errors;
}

/** A new search from the form starts at the first page. */
export function filterFromDraft(draft: AccessLogDraft): AccessLogFilter {
  return {
    studentId: positiveId(draft.studentId),
    userId: positiveId(draft.userId),
    from: plausibleDate(draft.from),
    to: plausibleDate(draft.to),
    page: 0,
    size: ACCESS_LOG_PAGE_SIZE,
  };
}

/** A break-glass line stands out: the break-glass itself and every read made under it. */
export function isBreakGlass(entry: { action: string; purpose: string }): boolean {
  return entry.action === 'BREAK_GLASS' || entry.purpose.startsWith('BREAK_GLASS:');
}
