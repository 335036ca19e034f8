const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timestampFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const shortDateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short' });

/** A date (yyyy-mm-dd) or instant as Dutch people read it: 3 februari 2026. */
export function formatDate(value: string | undefined | null): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
}

export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat.format(date);
}

/** To the second, for the access log: 3 feb 2026 14:05:09. */
export function formatTimestamp(value: string | undefined | null): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : timestampFormat.format(date);
}

export function formatShortDate(value: string): string {
  return shortDateFormat.format(new Date(`${value.slice(0, 10)}T12:00:00`));
}

export function formatDays(days: number | undefined | null): string {
  if (days === undefined || days === null) return '—';
  if (days === 0) return 'vandaag';
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** Today as yyyy-mm-dd in the browser's time zone, for date fields. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
