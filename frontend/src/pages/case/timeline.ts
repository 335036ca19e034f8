import type { JointMeeting } from '../../api/handover';
import type { BridgingContact, CaseSignal, CaseTransition, Consent } from '../../api/types';

export type TimelineEntry =
  | { kind: 'signal'; at: string; signal: CaseSignal }
  | { kind: 'transition'; at: string; transition: CaseTransition }
  | { kind: 'consent-given'; at: string; consent: Consent }
  | { kind: 'consent-withdrawn'; at: string; consent: Consent }
  | { kind: 'contact'; at: string; contact: BridgingContact }
  | { kind: 'meeting-planned'; at: string; meeting: JointMeeting }
  | { kind: 'meeting-held'; at: string; meeting: JointMeeting };

/**
 * Signals, transitions, consents (given, withdrawn), bridging contacts and joint meetings (planned, held) of a case in
 * one story, newest first; at the same moment a signal comes before what followed it. A contact or a held meeting
 * stands at the day it happened (noon, so it sorts among that day's steps); a planned meeting at when it was planned.
 */
export function buildTimeline(
  signals: CaseSignal[],
  transitions: CaseTransition[],
  consents: Consent[] = [],
  contacts: BridgingContact[] = [],
  meetings: JointMeeting[] = [],
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
    ...meetings.map((meeting): TimelineEntry => ({ kind: 'meeting-planned', at: meeting.plannedAt, meeting })),
    ...meetings.flatMap((meeting): TimelineEntry[] =>
      meeting.heldOn ? [{ kind: 'meeting-held', at: `${meeting.heldOn}T12:00:00Z`, meeting }] : [],
    ),
  ];
  return entries.sort((a, b) => {
    const byTime = Date.parse(b.at) - Date.parse(a.at);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    if (a.kind === b.kind) return 0;
    return a.kind === 'signal' ? 1 : b.kind === 'signal' ? -1 : 0;
  });
}
