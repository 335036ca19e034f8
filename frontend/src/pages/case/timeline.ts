import type { CaseSignal, CaseTransition } from '../../api/types';

export type TimelineEntry =
  { kind: 'signal'; at: string; signal: CaseSignal } | { kind: 'transition'; at: string; transition: CaseTransition };

/** Signals and transitions of a case in one story, newest first; at the same moment a signal comes before what followed it. */
export function buildTimeline(signals: CaseSignal[], transitions: CaseTransition[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...signals.map((signal): TimelineEntry => ({ kind: 'signal', at: signal.raisedAt ?? '', signal })),
    ...transitions.map((transition): TimelineEntry => ({
      kind: 'transition',
      at: transition.occurredAt ?? '',
      transition,
    })),
  ];
  return entries.sort((a, b) => {
    const byTime = Date.parse(b.at) - Date.parse(a.at);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    return a.kind === b.kind ? 0 : a.kind === 'signal' ? 1 : -1;
  });
}
