import type { ProposalReason, ProposalWaitingTime, ProposalWarning } from '../../api/types';
import { formatDate } from '../../format';
import { dayLabel, lifeDomainLabel } from '../../i18n/nl';

/** "a", "a en b", "a, b en c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Why a provider fits, in Dutch; the municipality is the student's woongemeente. */
export function reasonText(reason: ProposalReason, age: number, municipality: string): string {
  switch (reason.code) {
    case 'SERVES_AGE_AND_MUNICIPALITY':
      return `Helpt studenten van ${age} jaar uit ${municipality}.`;
    case 'YOUTH_ROUTE':
      return 'Onder 18: jeugdhulp, geregeld door de woongemeente (Jeugdwet).';
    case 'ADULT_ROUTE':
      return 'Vanaf 18: Wmo-ondersteuning of zorg voor volwassenen.';
    case 'DOORSTROOMPUNT':
      return 'Doorstroompunt: voor jongeren tot 23 jaar, op weg naar werk of opleiding.';
    case 'FITS_LIFE_DOMAINS':
      return `Helpt bij ${listText(reason.lifeDomains.map((domain) => lifeDomainLabel[domain].toLowerCase()))}.`;
    case 'EMBEDDED_AT_SCHOOL':
      return `Is op school op ${listText(reason.days.map((day) => dayLabel[day]))}: de overdracht kan daar beginnen.`;
  }
}

export function warningText(warning: ProposalWarning): string {
  switch (warning.code) {
    case 'TURNS_18_BEFORE_START':
      return `Wordt 18 op ${formatDate(warning.date)}, vóór de verwachte start. Dan stopt de jeugdhulp: regel nu ook de route voor volwassenen (Wmo of zorgverzekering).`;
    case 'OUTGROWS_PROVIDER_BEFORE_START':
      return `Is vanaf ${formatDate(warning.date)} te oud voor deze aanbieder, vóór de verwachte start.`;
  }
}

export function waitingTimeText(waitingTime: ProposalWaitingTime): string {
  const days = waitingTime.days ?? 0;
  const weeks = days >= 14 ? ` (ongeveer ${Math.round(days / 7)} weken)` : '';
  switch (waitingTime.source) {
    case 'RECORDED_MEDIAN':
      return `Wachttijd ${days} ${days === 1 ? 'dag' : 'dagen'}${weeks}: de mediaan van ${waitingTime.recordedWaits} verwijzingen in het afgelopen jaar.`;
    case 'SOCIALE_KAART':
      return `Wachttijd ${days} ${days === 1 ? 'dag' : 'dagen'}${weeks}: volgens de sociale kaart (${waitingTime.recordedWaits === 0 ? 'nog geen' : `pas ${waitingTime.recordedWaits}`} gemeten, ${waitingTime.recordedWaitsNeeded} nodig).`;
    case 'UNKNOWN':
      return 'Wachttijd onbekend: niet in de sociale kaart en te weinig gemeten.';
  }
}
