import type { CaseSignal, CaseTransition, Consent } from '../../api/types';

export type TimelineEntry =
  | { kind: 'signal'; at: string; signal: CaseSignal }
  | { kind: 'transition'; at: string; transition: CaseTransition }
  | { kind: 'consent-given'; at: string; consent: Consent }
  | { kind: 'consent-withdrawn'; at: string; consent: Consent };

/**
 * Signals, transitions and consents (given, withdrawn) of a case in one story, newest first; at the same moment a
 * signal comes before what followed it.
 */
export function buildTimeline(
  signals: CaseSignal[],
  transitions: CaseTransition[],
  consents: Consent[] = [],
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
  ];
  return entries.sort((a, b) => {
    const byTime = Date.parse(b.at) - Date.parse(a.at);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    if (a.kind === b.kind) return 0;
    return a.kind === 'signal' ? 1 : b.kind === 'signal' ? -1 : 0;
  });
}
