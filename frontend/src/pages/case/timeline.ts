import type { BridgingContact, CaseSignal, CaseTransition } from '../../api/types';

export type TimelineEntry =
  | { kind: 'signal'; at: string; signal: CaseSignal }
  | { kind: 'transition'; at: string; transition: CaseTransition }
  | { kind: 'contact'; at: string; contact: BridgingContact };

/**
 * Signals, transitions and bridging contacts of a case in one story, newest first; at the same moment a signal comes
 * before what followed it. A contact stands at the day it happened (noon, so it sorts among that day's steps).
 */
export function buildTimeline(
  signals: CaseSignal[],
  transitions: CaseTransition[],
  contacts: BridgingContact[] = [],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...signals.map((signal): TimelineEntry => ({ kind: 'signal', at: signal.raisedAt ?? '', signal })),
    ...transitions.map((transition): TimelineEntry => ({
      kind: 'transition',
      at: transition.occurredAt ?? '',
      transition,
    })),
    ...contacts.map((contact): TimelineEntry => ({ kind: 'contact', at: `${contact.contactedOn}T12:00:00Z`, contact })),
  ];
  return entries.sort((a, b) => {
    const byTime = Date.parse(b.at) - Date.parse(a.at);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    return a.kind === b.kind ? 0 : a.kind === 'signal' ? 1 : -1;
  });
}
