import type { BridgingContact, CaseSignal, CaseTransition, Consent } from '../../api/types';

export type TimelineEntry =
  | { kind: 'signal'; at: string; signal: CaseSignal }
  | { kind: 'transition'; at: string; transition: CaseTransition }
  | { kind: 'consent-given'; at: string; consent: Consent }
  | { kind: 'consent-withdrawn'; at: string; consent: Consent }
  | { kind: 'contact'; at: string; contact: BridgingContact };

/**
 * Signals, transitions, consents (given, withdrawn) and bridging contacts of a case in one story, newest first; at
 * the same moment a signal comes before what followed it. A contact stands at the day it happened (noon, so it sorts
 * among that day's steps).
 */
export function buildTimeline(
  signals: CaseSignal[],
  transitions: CaseTransition[],
  consents: Consent[] = [],
  contacts: BridgingContact[] = [],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...signals.map((signal): TimelineEntry => ({ kind: 'signal', at: signal.raisedAt ?? '', signal })),
    ...transitions.map((transition): TimelineEntry => ({
      kind: 'transition',
      at: transition.occurredAt ?? '',
      transition,
    })),
    ...consents.map((consent): TimelineEntry => ({ kind: 'consent-given', at: consent.givenAt, consent })),
    ...consents.flatMap((consent): TimelineEntry[] =>
      consent.withdrawnAt ? [{ kind: 'consent-withdrawn', at: consent.withdrawnAt, consent }] : [],
    ),
    ...contacts.map((contact): TimelineEntry => ({ kind: 'contact', at: `${contact.contactedOn}T12:00:00Z`, contact })),
  ];
  return entries.sort((a, b) => {
    const byTime = Date.parse(b.at) - Date.parse(a.at);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    if (a.kind === b.kind) return 0;
    return a.kind === 'signal' ? 1 : b.kind === 'signal' ? -1 : 0;
  });
}
