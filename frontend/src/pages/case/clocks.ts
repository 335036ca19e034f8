import type { components } from '../../api/schema';

type CaseClocks = components['schemas']['CaseClocks'];
type CaseClock = components['schemas']['CaseClock'];

/** The case's clocks in the order of the route, each with its Dutch label. */
export const clockLabels: [keyof Omit<CaseClocks, 'bridgingContactsMade' | 'bridgingContactsPlanned'>, string][] = [
  ['signalToTriage', 'Signaal → triage'],
  ['signalToReferral', 'Signaal → verwijzing'],
  ['referralToWaitingList', 'Verwijzing → wachtlijst'],
  ['onWaitingList', 'Op de wachtlijst'],
  ['handoverToAccepted', 'Overdracht → geaccepteerd'],
  ['acceptedToCareStarted', 'Geaccepteerd → zorg gestart'],
];

/** One clock in words: "12 dagen" when done, "loopt: 3 dagen" while it runs. */
export function clockText(clock: CaseClock): string {
  const days = clock.days === 1 ? '1 dag' : `${clock.days} dagen`;
  return clock.running ? `loopt: ${days}` : days;
}

/** The clocks that began, as label and text; bridging contacts made against planned when there was a plan. */
export function clockRows(clocks: CaseClocks): { label: string; text: string }[] {
  const rows = clockLabels.flatMap(([key, label]) => {
    const clock = clocks[key];
    return clock ? [{ label, text: clockText(clock) }] : [];
  });
  if (clocks.bridgingContactsPlanned > 0 || clocks.bridgingContactsMade > 0) {
    rows.push({
      label: 'Overbruggingscontacten',
      text: `${clocks.bridgingContactsMade} van ${clocks.bridgingContactsPlanned} gepland`,
    });
  }
  return rows;
}
