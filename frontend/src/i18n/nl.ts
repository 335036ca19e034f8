import type {
  AccessAction,
  CaseEvent,
  CaseState,
  ConsentGiver,
  Confidentiality,
  ConsentMethod,
  DayOfWeek,
  DeadlineKind,
  PackageSection,
  LifeDomain,
  Line,
  Outcome,
  ProviderKind,
  Role,
  SignalStatus,
  Track,
  Urgency,
} from '../api/types';
import type { CaseSort } from '../api/types';
import { formatDate } from '../format';
import labels from './nl.json';

/**
 * Every Dutch word the UI shows for a value of the API. The words themselves are in `nl.json`, which the backend
 * reads too (the inzage document), so both name a value alike.
 */

export const stateLabel: Record<CaseState, string> = labels.state;

export const lineLabel: Record<Line, string> = labels.line;

/** What is due on a case's next deadline, as the caseload and the case page name it. */
export const deadlineKindLabel: Record<DeadlineKind, string> = labels.deadlineKind;

export const urgencyLabel: Record<Urgency, string> = labels.urgency;

export const urgencyHint: Record<Urgency, string> = labels.urgencyHint;

export const lifeDomainLabel: Record<LifeDomain, string> = labels.lifeDomain;

export const signalStatusLabel: Record<SignalStatus, string> = labels.signalStatus;

export const signalStatusHint: Record<SignalStatus, string> = labels.signalStatusHint;

export const eventLabel: Record<CaseEvent, string> = labels.event;

/** How the timeline tells what happened, in the past tense. */
export const eventDoneLabel: Record<CaseEvent, string> = labels.eventDone;

export const eventHint: Record<CaseEvent, string> = labels.eventHint;

export const outcomeLabel: Record<Outcome, string> = labels.outcome;

export const roleLabel: Record<Role, string> = labels.role;

export const trackLabel: Record<Track, string> = labels.track;

export const providerKindLabel: Record<ProviderKind, string> = labels.providerKind;

export const consentGiverLabel: Record<ConsentGiver, string> = labels.consentGiver;

export const confidentialityLabel: Record<Confidentiality, string> = labels.confidentiality;

export const consentMethodLabel: Record<ConsentMethod, string> = labels.consentMethod;

/** The parts of a warm-handover package, as the student hears them when asked for consent. */
export const packageSectionLabel: Record<PackageSection, string> = labels.packageSection;

export const packageSectionHint: Record<PackageSection, string> = labels.packageSectionHint;

export const sortLabel: Record<CaseSort, string> = labels.sort;

/** Labels of the fields an event form can have: the members of CaseEventRequest. */
export const eventFieldLabel: Record<string, string> = labels.eventField;

export const accessActionLabel: Record<AccessAction, string> = labels.accessAction;

/** The kinds of record the access log names (`recordKind`); a kind not listed is shown as it comes. */
const recordKindLabel: Record<string, string> = labels.recordKind;

export function recordKindText(kind: string): string {
  return recordKindLabel[kind] ?? kind;
}

/** The roles an access-log line names ("SLB,ZORGCOORDINATOR"), in Dutch. */
export function rolesText(roles: string): string {
  return roles
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean)
    .map((role) => roleLabel[role as Role] ?? role)
    .join(', ');
}

/** Why something was read: normal work, break-glass with its reason, a search of the log, or else as written. */
export type Purpose =
  | { kind: 'care'; text: string }
  | { kind: 'break-glass'; text: string; reason: string }
  | { kind: 'log-search'; text: string }
  | { kind: 'correction'; text: string }
  | { kind: 'other'; text: string };

const BREAK_GLASS_PREFIX = 'BREAK_GLASS:';
const LOG_SEARCH = /^studentId=(\S+) userId=(\S+) from=(\S+) to=(\S+)$/;
const EARLIEST = '1900-01-01';

export function purposeOf(purpose: string): Purpose {
  if (purpose === 'CARE') return { kind: 'care', text: labels.purpose.CARE };
  if (purpose === 'CORRECTION') return { kind: 'correction', text: labels.purpose.CORRECTION };
  if (purpose.startsWith(BREAK_GLASS_PREFIX)) {
    const reason = purpose.slice(BREAK_GLASS_PREFIX.length).trim();
    return { kind: 'break-glass', text: `Noodtoegang: ${reason}`, reason };
  }
  const search = LOG_SEARCH.exec(purpose);
  if (search) {
    const [, studentId, userId, from, to] = search;
    const parts = [
      studentId !== 'null' && `student ${studentId}`,
      userId !== 'null' && `gebruiker ${userId}`,
      from !== EARLIEST && `vanaf ${formatDate(from)}`,
      `t/m ${formatDate(to)}`,
    ].filter(Boolean);
    return { kind: 'log-search', text: `Zoeken in het toegangslog: ${parts.join(', ')}` };
  }
  return { kind: 'other', text: purpose };
}

/** What a notification is about (`kind`); a kind not listed gets a general word. */
const notificationKindLabel: Record<string, string> = labels.notificationKind;

export function notificationKindText(kind: string): string {
  return notificationKindLabel[kind] ?? 'Melding';
}

/** What a notification means for someone whose role cannot open its link. */
export const notificationKindHint: Record<string, string> = labels.notificationKindHint;

export function yesNo(value: boolean | undefined): string {
  return value ? 'Ja' : 'Nee';
}

/** A day of the week, lower case as in the middle of a Dutch sentence. */
export const dayLabel: Record<DayOfWeek, string> = labels.day;
