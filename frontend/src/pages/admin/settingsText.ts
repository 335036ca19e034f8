/** Plain Dutch for the settings as the server sends them: ISO-8601 periods and durations, a Spring cron. */

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joined(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** "P2Y" → "2 jaar", "P1Y6M" → "1 jaar en 6 maanden"; anything else as sent. */
export function periodText(iso: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match || iso === 'P') return iso;
  const [, years, months, weeks, days] = match.map(Number);
  const parts = [
    years ? count(years, 'jaar', 'jaar') : '',
    months ? count(months, 'maand', 'maanden') : '',
    weeks ? count(weeks, 'week', 'weken') : '',
    days ? count(days, 'dag', 'dagen') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'direct' : joined(parts);
}

/** "PT4H" → "4 uur", "PT1H30M" → "1 uur en 30 minuten"; anything else as sent. */
export function durationText(iso: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!match || iso === 'PT') return iso;
  const [, hours, minutes, seconds] = match.map(Number);
  const parts = [
    hours ? count(hours, 'uur', 'uur') : '',
    minutes ? count(minutes, 'minuut', 'minuten') : '',
    seconds ? count(seconds, 'seconde', 'seconden') : '',
  ].filter(Boolean);
  return parts.length === 0 ? '0 minuten' : joined(parts);
}

/** "0 30 2 * * *" → "elke nacht om 02:30"; "-" → "uitgeschakeld"; any other schedule as written. */
export function cronText(cron: string): string {
  if (cron.trim() === '-') return 'uitgeschakeld';
  const daily = /^0 (\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  if (!daily) return `volgens de planning ‘${cron}’`;
  const time = `${daily[2].padStart(2, '0')}:${daily[1].padStart(2, '0')}`;
  const hour = Number(daily[2]);
  return `${hour < 6 ? 'elke nacht' : 'elke dag'} om ${time}`;
}

/** 0 → "dezelfde dag", 1 → "binnen 1 dag", 7 → "binnen 7 dagen". */
export function daysText(days: number, working = false): string {
  if (days === 0) return 'dezelfde dag';
  return `binnen ${count(days, working ? 'werkdag' : 'dag', working ? 'werkdagen' : 'dagen')}`;
}
