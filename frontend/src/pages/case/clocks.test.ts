import { describe, expect, it } from 'vitest';
import { clockRows } from './clocks';

describe('clockRows', () => {
  it('lists the clocks that began in route order, a running one as running, and contacts made against planned', () => {
    const rows = clockRows({
      signalToTriage: { startedOn: '2026-01-01', endedOn: '2026-01-03', days: 2, running: false },
      signalToReferral: undefined,
      onWaitingList: { startedOn: '2026-01-05', days: 10, running: true },
      bridgingContactsMade: 1,
      bridgingContactsPlanned: 2,
    });
    expect(rows.map((row) => row.label)).toEqual(['Signaal → triage', 'Op de wachtlijst', 'Overbruggingscontacten']);
    expect(rows[1].text).toMatch(/^loopt: /);
    expect(rows[2].text).toBe('1 van 2 gepland');
  });
});
