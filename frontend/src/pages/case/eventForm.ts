import type {
  CaseEvent,
  CaseEventRequest,
  CaseState,
  CaseView,
  Lifecycle,
  LifecycleTransition,
  Outcome,
  PackageSection,
} from '../../api/types';
import { lineLabel, outcomeLabel, stateLabel, urgencyLabel } from '../../i18n/nl';
import { formatDate } from '../../format';

/** What the form for one event looks like: its fields, in the lifecycle's order, and which of them a guard needs. */
export interface EventFormSpec {
  event: CaseEvent;
  fields: string[];
  required: Set<string>;
  /** The form field each guard of the event is about, as the lifecycle publishes it: a refusal stands next to it. */
  guardFields: Record<string, string>;
  to?: CaseState;
}

/**
 * The form of an event in the case's current state, read from the published lifecycle: never hard-coded. Every
 * event takes an optional reason; a guard that needs one makes it required.
 */
export function eventFormSpec(lifecycle: Lifecycle, event: CaseEvent, state: CaseState): EventFormSpec {
  const rule: LifecycleTransition | undefined = (lifecycle.transitions ?? []).find(
    (candidate) => candidate.event === event && (candidate.from ?? []).includes(state),
  );
  const fields = ['reason', ...(rule?.fields ?? []).filter((field) => field !== 'reason')];
  const required = new Set<string>();
  const guardFields = rule?.guardFields ?? {};
  for (const field of Object.values(guardFields)) {
    if (fields.includes(field)) required.add(field);
  }
  return { event, fields, required, guardFields, to: rule?.to };
}

/** The values a form holds: text as typed, whatever the field's type. */
export type EventFormValues = Record<string, string>;

/** The request body: the version seen, and only this event's fields that were filled in, with their API types. */
export function toEventRequest(version: number, spec: EventFormSpec, values: EventFormValues): CaseEventRequest {
  const request: CaseEventRequest = { version };
  const text = (name: string) => values[name]?.trim() || undefined;
  const id = (name: string) => {
    const value = Number.parseInt(values[name] ?? '', 10);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  for (const field of spec.fields) {
    switch (field) {
      case 'ownerId':
      case 'providerId':
        request[field] = id(field);
        break;
      case 'bridging': {
        const contactUserId = id('bridging.contactUserId');
        const contactEveryDays = id('bridging.contactEveryDays');
        if (contactUserId !== undefined || contactEveryDays !== undefined) {
          request.bridging = { contactUserId: contactUserId as number, contactEveryDays: contactEveryDays as number };
        }
        break;
      }
      case 'outcome':
        request.outcome = text('outcome') as Outcome | undefined;
        break;
      case 'sections':
        request.sections = text('sections')?.split(',') as PackageSection[] | undefined;
        break;
      case 'reason':
      case 'advice':
      case 'checkInDate':
      case 'noBridgingReason':
      case 'expectedStartDate':
      case 'firstContactDate':
      case 'careStartedOn':
      case 'summary':
        request[field] = text(field);
        break;
      default:
        // a field this UI does not know yet: sent as typed, so the API can judge it
        if (text(field) !== undefined) (request as Record<string, unknown>)[field] = text(field);
    }
  }
  return request;
}

/** One difference between the case as the user saw it and as it is now. */
export interface CaseChange {
  label: string;
  before: string;
  after: string;
}

/** What changed in a case while the user was looking at an older version, in words. */
export function caseChanges(before: CaseView, after: CaseView): CaseChange[] {
  const show = (value: string | undefined | null) => value || '—';
  const facets: [string, (view: CaseView) => string][] = [
    ['Fase', (view) => show(view.state && stateLabel[view.state])],
    ['Lijn', (view) => show(view.line && lineLabel[view.line])],
    ['Urgentie', (view) => show(view.urgency && urgencyLabel[view.urgency])],
    ['Eigenaar', (view) => show(view.owner?.name)],
    ['Zorgaanbieder', (view) => show(view.provider?.name)],
    ['Advies voor de SLB’er', (view) => show(view.advice)],
    ['Datum terugkoppeling', (view) => (view.checkInDate ? formatDate(view.checkInDate) : '—')],
    ['Uitkomst', (view) => show(view.outcome && outcomeLabel[view.outcome])],
  ];
  const changes = facets
    .map(([label, read]) => ({ label, before: read(before), after: read(after) }))
    .filter((change) => change.before !== change.after);
  if (changes.length === 0 && before.version !== after.version) {
    changes.push({ label: 'Gegevens', before: 'versie die je zag', after: 'bijgewerkt door een collega' });
  }
  return changes;
}
